package dev.groundwork.ingest.tickets;

import dev.groundwork.graph.NotFoundException;
import dev.groundwork.graph.file.Utf8Lines;
import dev.groundwork.graph.file.Utf8Reader;
import java.io.BufferedInputStream;
import java.io.InputStream;
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
 * that record's message (the default budget of 0 stops at the first). A record that is not valid UTF-8 is such a
 * malformed record, its message naming the file, the line and the byte offset ({@link Utf8Lines}' rule: never replaced,
 * so that two different bad keys cannot merge); a key seen before is counted and its record dropped (the first wins); empty descriptions are counted; long fields are kept
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
        JsonRecordStream stream = new JsonRecordStream(file.toString(), run, mapper);
        if (jira || startsWithArray(file)) {
            try (Utf8Reader in = new Utf8Reader(Files.newInputStream(file))) {
                stream.readArray(in, "issues");
            }
        } else {
            try (Utf8Lines in = new Utf8Lines(Files.newInputStream(file))) {
                stream.readLines(in);
            }
        }
    }

    /** Whether the first byte after white space and a byte-order mark is '['. */
    private static boolean startsWithArray(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            int c = in.read();
            if (c == 0xEF) { // a UTF-8 byte-order mark: EF BB BF
                in.skip(2);
                c = in.read();
            }
            while (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                c = in.read();
            }
            return c == '[';
        }
    }
}
