package dev.groundwork.ingest.tickets;

import dev.groundwork.graph.NotFoundException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads tickets from Jira REST responses, GitHub REST issues or a Jira CSV export into {@link TicketRecord}s, one at a
 * time, so files larger than memory can be read.
 *
 * <p>Malformed records are reported with file, record number and line, and skipped while at most
 * {@link ParseOptions#maxErrors()} have been seen; one more throws a {@link dev.groundwork.graph.BadInputException} with
 * that record's message (the default budget of 0 stops at the first). Invalid UTF-8 is replaced by U+FFFD and counted; a
 * key seen before is counted and its record dropped (the first wins); empty descriptions are counted; long fields are kept
 * whole.
 *
 * <p>Stateless and thread-safe: each call reads its files in order on the calling thread and hands records to
 * {@code consumer} as it reads them.
 *
 * <pre>{@code
 * ParseSummary summary = TicketParser.parse(TicketFormat.CSV, List.of(Path.of("bugs.csv")),
 *         ParseOptions.defaults().withCsvLinks(Path.of("duplicates.csv")), loader::add);
 * System.out.println(summary.records() + " tickets, " + summary.skipped() + " skipped");
 * }</pre>
 */
public final class TicketParser {
    private TicketParser() {}

    /** Reads every file in {@code files} as {@code format} (several Jira files are several pages of one search). */
    public static ParseSummary parse(TicketFormat format, List<Path> files, ParseOptions options, Consumer<TicketRecord> consumer) {
        ParseRun run = new ParseRun(options, consumer);
        FileReader reader = switch (format) {
            case JIRA -> file -> readJson(file, run, JiraIssues::map, true);
            case GITHUB -> file -> readJson(file, run, GithubIssues::map, false);
            case CSV -> new CsvTickets(run)::read;
        };
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new NotFoundException("ticket file " + file + ": expected a readable file, which does not exist");
            }
            try {
                reader.read(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read ticket file " + file, e);
            }
        }
        return run.summary();
    }

    private interface FileReader {
        void read(Path file) throws IOException;
    }

    /** Jira pages are always one object; GitHub input is an array when it starts with '[', else one object per line. */
    private static void readJson(Path file, ParseRun run, JsonRecordStream.Mapper mapper, boolean jira) throws IOException {
        CountingUtf8Reader decoded = new CountingUtf8Reader(Files.newInputStream(file));
        try (BufferedReader in = new BufferedReader(decoded, 1 << 16)) {
            JsonRecordStream stream = new JsonRecordStream(file.toString(), run, mapper);
            if (jira || startsWithArray(in)) {
                stream.readArray(in, "issues");
            } else {
                stream.readLines(in);
            }
        } finally {
            run.countInvalidUtf8(decoded.replaced());
        }
    }

    private static boolean startsWithArray(BufferedReader in) throws IOException {
        in.mark(1 << 15);
        int c = in.read();
        while (c != -1 && (Character.isWhitespace(c) || c == '\uFEFF')) {
            c = in.read();
        }
        in.reset();
        return c == '[';
    }
}
