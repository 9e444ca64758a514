package dev.groundwork.graph.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path temp;

    @Test
    void aCommittedWriteReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = temp.resolve("m.cqd.json");
        Files.writeString(file, "old");

        AtomicFile.writeString(file, "new");

        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(names()).containsExactly("m.cqd.json");
    }

    @Test
    void aWriteThatFailsPartWayLeavesTheOldFileAndRemovesTheTemporaryFile() throws IOException {
        Path file = temp.resolve("model.bin");
        Files.writeString(file, "the good model");

        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            out.write("half of a new mod".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("disk full, say");
        })).isInstanceOf(IllegalStateException.class).hasMessage("disk full, say");

        assertThat(Files.readString(file)).isEqualTo("the good model");
        assertThat(names()).containsExactly("model.bin");
    }

    @Test
    void closingWithoutCommitDiscardsTheWrite() throws IOException {
        Path file = temp.resolve("checkpoint.bin");
        try (AtomicFile f = AtomicFile.create(file)) {
            f.stream().write(1);
        }

        assertThat(file).doesNotExist();
        assertThat(names()).isEmpty();
    }

    @Test
    void anIoErrorWhileWritingIsUnavailableNamingTheFile() {
        Path file = temp.resolve("export.tsv");

        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            throw new IOException("No space left on device");
        })).isInstanceOf(dev.groundwork.graph.UnavailableException.class)
                .hasMessage("cannot write '" + file.toAbsolutePath() + "': No space left on device");
        assertThat(file).doesNotExist();
    }

    @Test
    void aMissingDirectoryIsCreated() throws IOException {
        Path file = temp.resolve("a/b/profile.json");

        AtomicFile.writeString(file, "{}");

        assertThat(Files.readString(file)).isEqualTo("{}");
    }

    private Stream<String> names() throws IOException {
        try (Stream<Path> s = Files.list(temp)) {
            return s.map(p -> p.getFileName().toString()).toList().stream();
        }
    }
}
