package dev.groundwork.graph.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.groundwork.graph.UnavailableException;
import dev.groundwork.graph.file.AtomicFile;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a running {@code groundwork serve} leaves in its data directory so that one-shot commands
 * on the same directory connect to it over Bolt instead of failing on the locked store.
 *
 * @param pid the serving process
 * @param bolt the Bolt URI it listens on
 * @param http the HTTP base URL, or empty before the HTTP server is up
 */
record ServerRecord(long pid, String bolt, String http) {
    static final String FILE_NAME = "groundwork-server.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path file(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    /** The record of a server that still runs, or empty; a record left by a dead process is removed. */
    static Optional<ServerRecord> live(Path dataDir) {
        Path file = file(dataDir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        ServerRecord record;
        try {
            record = JSON.readValue(file.toFile(), ServerRecord.class);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (ProcessHandle.of(record.pid()).map(ProcessHandle::isAlive).orElse(false)) {
            return Optional.of(record);
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A stale record that cannot be removed is harmless: the pid check skips it next time too.
        }
        return Optional.empty();
    }

    void write(Path dataDir) {
        Path file = file(dataDir);
        try {
            AtomicFile.writeString(file, JSON.writeValueAsString(this));
        } catch (IOException | UnavailableException e) {
            throw new UnavailableException("cannot record the server's address in " + file + ": " + e.getMessage(), e);
        }
    }

    static void remove(Path dataDir, long pid) {
        live(dataDir).filter(r -> r.pid() == pid).ifPresent(r -> {
            try {
                Files.deleteIfExists(file(dataDir));
            } catch (IOException ignored) {
                // Left behind, it is recognised as stale by its dead pid.
            }
        });
    }

    URI boltUri() {
        return URI.create(bolt);
    }
}
