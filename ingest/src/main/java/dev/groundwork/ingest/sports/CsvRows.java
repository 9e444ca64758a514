package dev.groundwork.ingest.sports;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.csv.CsvReader;
import dev.groundwork.graph.csv.CsvRecord;
import dev.groundwork.graph.file.Utf8Reader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a CSV file with graph's {@link CsvReader} (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes)
 * into {@link CsvRow}s named by the header. A row whose field count differs from the header's is bad input, reported
 * with file and line; so is a malformed record, and a record on a line that is not valid UTF-8 (with its byte offset).
 * Stateless.
 */
final class CsvRows {
    private CsvRows() {}

    static void forEach(Path file, Consumer<CsvRow> action) {
        String name = file.getFileName().toString();
        try (Utf8Reader decoded = new Utf8Reader(Files.newInputStream(file));
             CsvReader csv = CsvReader.open(decoded, name, true)) {
            List<String> header = next(csv, decoded, name).map(CsvRecord::fields)
                    .orElseThrow(() -> new BadInputException(name + ":1: expected a header line, the file is empty"));
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                columns.put(header.get(i).strip(), i);
            }
            for (Optional<CsvRecord> r = next(csv, decoded, name); r.isPresent(); r = next(csv, decoded, name)) {
                CsvRecord record = r.get();
                int line = Math.toIntExact(record.line());
                if (record.fields().size() != header.size()) {
                    throw new BadInputException(name + ":" + line + ": expected " + header.size() + " fields as in the header, found "
                            + record.fields().size());
                }
                action.accept(new CsvRow(name, line, columns, record.fields()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }

    /** The next record; a line that is not UTF-8 among its lines stops the file, before any complaint about its shape. */
    private static Optional<CsvRecord> next(CsvReader csv, Utf8Reader decoded, String name) {
        long from = csv.position();
        try {
            Optional<CsvRecord> r = csv.next();
            checkUtf8(decoded, from, csv.position(), name);
            return r;
        } catch (BadInputException e) {
            checkUtf8(decoded, from, csv.position(), name);
            throw e;
        }
    }

    private static void checkUtf8(Utf8Reader decoded, long from, long to, String name) {
        decoded.malformedIn(from, to).ifPresent(m -> {
            throw new BadInputException(name + ":" + m.line() + ": " + m.problem());
        });
    }
}
