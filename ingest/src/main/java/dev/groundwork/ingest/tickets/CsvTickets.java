package dev.groundwork.ingest.tickets;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.NotFoundException;
import dev.groundwork.graph.csv.CsvReader;
import dev.groundwork.graph.csv.CsvRecord;
import dev.groundwork.graph.file.Utf8Reader;
import dev.groundwork.graph.tickets.LinkType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads tickets from a tracker's CSV export (Jira's, Bugzilla's, GitLab's ...) through the {@link CsvColumns} mapping, attaching the duplicate links of the
 * optional links CSV to the ticket named in its first column, and the links of the export's own "Inward/Outward issue link
 * (TYPE)" columns. Record numbers count data rows (the header is not one);
 * lines are physical lines, which differ once a description spans lines.
 */
final class CsvTickets {
    /** Jira's link columns, "Outward issue link (Duplicate)": the direction, then the link type's name. */
    private static final Pattern LINK_COLUMN = Pattern.compile("(?i)(inward|outward) issue link \\((.+)\\)");

    private final ParseRun run;
    private final CsvColumns columns;
    private final Map<String, List<TicketLink>> links;

    CsvTickets(ParseRun run) {
        this.run = run;
        this.columns = run.options().csvColumns();
        this.links = run.options().csvLinks().map(this::readLinks).orElse(Map.of());
    }

    void read(Path file) throws IOException {
        forEachRow(file, (header, record) -> run.accept(ticket(header, record, file.toString())));
    }

    private Map<String, List<TicketLink>> readLinks(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("links file " + file + ": expected a readable CSV file, which does not exist");
        }
        Map<String, List<TicketLink>> out = new HashMap<>();
        try {
            forEachRow(file, (header, record) -> {
                if (record.fields().size() < 2) {
                    throw new BadInputException("expected two fields, Issue id and Duplicate id, got " + record.fields().size());
                }
                String source = record.fields().get(0).strip();
                for (String target : record.fields().get(1).split(",")) {
                    if (!target.isBlank()) {
                        out.computeIfAbsent(source, k -> new ArrayList<>()).add(new TicketLink(LinkType.DUPLICATES, source, target.strip(), "Duplicate id"));
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the links file " + file, e);
        }
        return out;
    }

    /**
     * Hands each data row to {@code row}; rows that are malformed (invalid UTF-8 included) or that {@code row} rejects
     * count against the error budget.
     */
    private void forEachRow(Path file, BiConsumer<CsvHeader, CsvRecord> row) throws IOException {
        try (Utf8Reader decoded = new Utf8Reader(Files.newInputStream(file));
             CsvReader csv = CsvReader.open(decoded, file.toString(), true, CsvReader.delimiterOf(file))) {
            long from = csv.position();
            Optional<CsvRecord> first = csv.next();
            if (first.isEmpty()) {
                run.fail(file.toString(), "expected a header row, got an empty file");
                return;
            }
            Optional<Utf8Reader.Malformed> badHeader = decoded.malformedIn(from, csv.position());
            if (badHeader.isPresent()) {
                // No row can be read without its column names: this stops the file whatever the error budget.
                throw new BadInputException(file + " line " + badHeader.get().line() + ": " + badHeader.get().problem()
                        + " in the header row; expected the column names in UTF-8");
            }
            CsvHeader header = new CsvHeader(first.get().fields());
            from = csv.position();
            for (Optional<CsvRecord> r = next(csv, file); r != null; r = next(csv, file)) {
                if (r.isPresent() && !invalidUtf8(decoded, from, csv, file, r.get())) {
                    handle(file, header, r.get(), row);
                }
                from = csv.position();
            }
        }
    }

    /** Whether the record read since {@code from} touches a line that is not UTF-8; if so it is reported. */
    private boolean invalidUtf8(Utf8Reader decoded, long from, CsvReader csv, Path file, CsvRecord record) {
        Optional<Utf8Reader.Malformed> bad = decoded.malformedIn(from, csv.position());
        bad.ifPresent(m -> {
            run.countInvalidUtf8(1);
            run.fail(ParseRun.where(file.toString(), record.number(), m.line()), m.problem());
        });
        return bad.isPresent();
    }

    /** The next record; empty for a malformed one (already reported); null at the end. */
    private Optional<CsvRecord> next(CsvReader csv, Path file) {
        try {
            Optional<CsvRecord> r = csv.next();
            return r.isPresent() ? r : null;
        } catch (BadInputException e) {
            run.fail(e.getMessage());
            return Optional.empty();
        }
    }

    private void handle(Path file, CsvHeader header, CsvRecord record, BiConsumer<CsvHeader, CsvRecord> row) {
        String where = ParseRun.where(file.toString(), record.number(), record.line());
        if (record.fields().size() != header.size()) {
            run.fail(where, "expected " + header.size() + " fields as in the header, got " + record.fields().size());
            return;
        }
        try {
            row.accept(header, record);
        } catch (BadInputException | IllegalArgumentException e) {
            run.fail(where, e.getMessage());
        }
    }

    private TicketRecord ticket(CsvHeader header, CsvRecord record, String file) {
        List<String> f = record.fields();
        String keyColumn = header.present(columns.key()).orElseThrow(() -> new BadInputException(
                "expected a ticket key column, one of " + String.join(", ", columns.key()) + " (any case), got the columns "
                        + String.join(", ", header.names())));
        String key = header.first(f, List.of(keyColumn));
        if (key.isBlank()) {
            throw new BadInputException("expected a ticket key in column " + keyColumn);
        }
        RecordDates dates = run.dates();
        return new TicketRecord(
                key.strip(),
                header.first(f, columns.title()),
                header.first(f, columns.status()),
                header.first(f, columns.priority()),
                header.first(f, columns.type()),
                header.first(f, columns.resolution()),
                header.first(f, columns.project()),
                dates.read(header.first(f, columns.created()), "created"),
                dates.read(header.first(f, columns.resolved()), "resolved"),
                header.split(f, columns.components()),
                header.split(f, columns.versions()),
                header.split(f, columns.fixVersions()),
                header.split(f, columns.labels()),
                header.first(f, columns.description()),
                header.all(f, columns.comments()).stream().map(this::comment).toList(),
                links(header, f, key.strip()),
                file,
                record.number(),
                dates.unparsed());
    }

    /**
     * The links file's links of ticket {@code key} and those of the export's own link columns: Jira writes each link as
     * "Outward issue link (TYPE)" or "Inward issue link (TYPE)" holding the other ticket's key, repeating the column for
     * several links of one type.
     */
    private List<TicketLink> links(CsvHeader header, List<String> fields, String key) {
        List<TicketLink> out = new ArrayList<>(links.getOrDefault(key, List.of()));
        for (String name : header.names().stream().distinct().toList()) {
            Matcher m = LINK_COLUMN.matcher(name);
            if (m.matches()) {
                boolean outward = m.group(1).equalsIgnoreCase("outward");
                for (String other : header.split(fields, List.of(name))) {
                    if (!other.equals(key)) {
                        out.add(JiraLinks.link(key, other, m.group(2).strip(), "", outward));
                    }
                }
            }
        }
        return out;
    }

    /** Jira exports a comment as {@code date;author;body}; a cell without that shape is all body. */
    private TicketComment comment(String cell) {
        String[] parts = cell.split(";", 3);
        if (parts.length == 3) {
            // A first part that is no date means the semicolons belong to the text.
            var created = TicketDates.parse(parts[0], run.options().csvZone());
            if (created.isPresent()) {
                return new TicketComment(parts[1], created.get(), parts[2]);
            }
        }
        return new TicketComment(null, null, cell);
    }
}
