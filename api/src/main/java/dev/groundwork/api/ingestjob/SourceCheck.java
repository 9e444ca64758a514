package dev.groundwork.api.ingestjob;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.ConfigurationException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Checks what a client asks to ingest before it is queued: a known kind and format, and paths that
 * exist inside the configured ingest root (after resolving {@code ..} and symbolic links), so a
 * client cannot make the server read files outside it. Messages start with the input field at fault
 * ({@code source.path ...}). Stateless.
 */
final class SourceCheck {
    private final Path root;

    /** @param root the directory clients may ingest from, or null when background ingestion is off */
    SourceCheck(Path root) {
        this.root = root == null ? null : realRoot(root);
    }

    private static Path realRoot(Path root) {
        try {
            return root.toRealPath();
        } catch (IOException e) {
            throw new ConfigurationException("groundwork.api.ingest-root must be an existing directory, got '" + root + "'", e);
        }
    }

    /** The checked source, as a task for its loader (without the store and listener, filled in when it runs). */
    Checked check(IngestJobs.Source source) {
        if (root == null) {
            throw new ConfigurationException("background ingestion is off on this server: set groundwork.api.ingest-root"
                    + " (GROUNDWORK_API_INGEST_ROOT) to the directory clients may ingest from");
        }
        Loader loader = loader(source.kind());
        String format = format(loader, source.format());
        if (source.maxErrors() != null && (source.maxErrors() < 0 || !loader.supportsMaxErrors())) {
            throw new BadInputException(source.maxErrors() < 0 ? "source.maxErrors must be 0 or more, got " + source.maxErrors()
                    : "source.maxErrors is not supported by " + loader.kindName() + " ingestion, got " + source.maxErrors());
        }
        Path path = inside("source.path", source.path());
        Path links = null;
        if (source.links() != null) {
            if (loader != Loader.TICKETS || !format.equals("csv")) {
                throw new BadInputException("source.links is only for kind tickets with format csv, got kind " + loader.kindName()
                        + " with format " + format);
            }
            links = inside("source.links", source.links());
        }
        List<Path> files = loader.readsDirectory() ? List.of(path) : files(path);
        long maxErrors = source.maxErrors() == null ? 0 : source.maxErrors();
        return new Checked(loader, format, path, files, links, maxErrors);
    }

    /**
     * A source that passed the checks.
     *
     * @param files what a file-list loader reads
     */
    record Checked(Loader loader, String format, Path path, List<Path> files, Path links, long maxErrors) {
        Checked {
            files = List.copyOf(files);
        }

        String kind() {
            return loader.kindName() + "/" + format;
        }
    }

    private static Loader loader(String kind) {
        List<String> known = Arrays.stream(Loader.values()).map(Loader::kindName).toList();
        if (kind == null || !known.contains(kind)) {
            throw new BadInputException("source.kind must be one of " + String.join(", ", known) + "; got '" + kind + "'");
        }
        return Loader.valueOf(kind.toUpperCase(Locale.ROOT));
    }

    private static String format(Loader loader, String format) {
        if (format == null && loader.formats().size() == 1) {
            return loader.formats().getFirst();
        }
        if (format == null || !loader.formats().contains(format)) {
            throw new BadInputException("source.format must be one of " + String.join(", ", loader.formats()) + " for kind "
                    + loader.kindName() + "; got " + (format == null ? "none" : "'" + format + "'"));
        }
        return format;
    }

    /** The real path of {@code value} (relative: to the root), which must exist inside the root. */
    private Path inside(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new BadInputException(field + " must name a file or directory on the server, got '" + value + "'");
        }
        Path real;
        try {
            real = root.resolve(value).toRealPath();
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new BadInputException(field + " '" + value + "' does not exist on the server (relative paths are read from"
                    + " groundwork.api.ingest-root)");
        }
        if (!real.startsWith(root)) {
            throw new BadInputException(field + " must be inside groundwork.api.ingest-root " + root + ", got '" + value + "'");
        }
        return real;
    }

    /** A file, or the files of a directory by name, leaving out hidden files and the README files that describe data sets. */
    private List<Path> files(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> entries = Files.list(path)) {
            List<Path> files = entries.filter(Files::isRegularFile).filter(f -> {
                String name = f.getFileName().toString();
                return !name.startsWith(".") && !name.toUpperCase(Locale.ROOT).startsWith("README");
            }).map(f -> inside("source.path", f.toString())).sorted().toList();
            if (files.isEmpty()) {
                throw new BadInputException("source.path " + path + " is a directory without data files");
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("source.path " + path + " cannot be listed: " + e.getMessage(), e);
        }
    }
}
