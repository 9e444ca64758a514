package dev.groundwork.graph.file;

import dev.groundwork.graph.UnavailableException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The one way Groundwork writes a file (models, checkpoints, profiles, calibrations, query files,
 * exports, markers): the bytes go to a temporary file in the target's directory, which is forced
 * to disk and moved over the target atomically only by {@link #commit()}. Closing without a commit
 * (an exception part-way through, a full disk) deletes the temporary file and leaves the old target
 * as it was, so a reader sees either the old file or the complete new one, never a half-written one.
 *
 * <p>Not thread-safe: one writer per file. Lifetime: one write; {@link #close()} always, in a
 * try-with-resources block.
 *
 * <pre>{@code
 * try (AtomicFile file = AtomicFile.create(path)) {
 *     file.stream().write(bytes);
 *     file.commit();
 * }
 * AtomicFile.write(path, out -> out.write(bytes));       // the same in one call
 * AtomicFile.writeString(path, json);
 * }</pre>
 */
public final class AtomicFile implements AutoCloseable {
    private final Path target;
    private final Path temporary;
    private final FileChannel channel;
    private final OutputStream stream;
    private boolean committed;
    private boolean closed;

    /** What writes a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile(Path target, Path temporary, FileChannel channel) {
        this.target = target;
        this.temporary = temporary;
        this.channel = channel;
        this.stream = new OutputStream() {
            private final OutputStream out = Channels.newOutputStream(channel);

            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() {
                // The channel belongs to the AtomicFile: a wrapping stream closed early must not end the write.
            }
        };
    }

    /**
     * Starts writing {@code target}: creates a temporary file beside it (and the directory if missing).
     *
     * @throws UnavailableException naming the file if it cannot be created
     */
    public static AtomicFile create(Path target) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        try {
            Files.createDirectories(dir);
            Path temporary = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
            FileChannel channel;
            try {
                channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            } catch (IOException e) {
                Files.deleteIfExists(temporary);
                throw e;
            }
            return new AtomicFile(absolute, temporary, channel);
        } catch (IOException e) {
            throw new UnavailableException("cannot write '" + absolute + "': " + e.getMessage(), e);
        }
    }

    /** Writes {@code content} to {@code target} atomically; on failure the old file stays. */
    public static void write(Path target, Content content) {
        try (AtomicFile file = create(target)) {
            try {
                content.writeTo(file.stream());
            } catch (IOException e) {
                throw new UnavailableException("cannot write '" + file.target + "': " + e.getMessage(), e);
            }
            file.commit();
        }
    }

    /** Writes {@code text} as UTF-8 to {@code target} atomically. */
    public static void writeString(Path target, String text) {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The temporary file's channel, positioned where the last write ended. */
    public FileChannel channel() {
        requireOpen();
        return channel;
    }

    /** An unbuffered stream onto the temporary file; closing it does not end the write. */
    public OutputStream stream() {
        requireOpen();
        return stream;
    }

    /** The file this writes. */
    public Path target() {
        return target;
    }

    /**
     * Forces the temporary file to disk and moves it over the target. Callers flush their own
     * buffers first.
     *
     * @throws UnavailableException naming the file if forcing or moving fails (the old file then stays)
     */
    public void commit() {
        requireOpen();
        try {
            channel.force(true);
            channel.close();
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        } catch (IOException e) {
            throw new UnavailableException("cannot write '" + target + "': " + e.getMessage(), e);
        } finally {
            close();
        }
        forceDirectory();
    }

    /** Without a {@link #commit()}, discards the temporary file and leaves the target as it was. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            channel.close();
        } catch (IOException ignored) {
            // The temporary file is deleted below; nothing of it is kept.
        }
        if (!committed) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // A leftover hidden .tmp file is harmless: the target was never touched.
            }
        }
    }

    private void forceDirectory() {
        // The rename is durable only once the directory entry is on disk; not every platform lets a directory be opened.
        try (FileChannel dir = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Best effort: the file's content is already forced.
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the write of '" + target + "' is already " + (committed ? "committed" : "closed"));
        }
    }
}
