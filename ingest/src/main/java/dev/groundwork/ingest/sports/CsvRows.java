package dev.groundwork.ingest.sports;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.file.Utf8Lines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads an RFC 4180 CSV file (quoted fields, doubled quotes, line breaks inside quotes) into
 * {@link CsvRow}s named by the header. A row whose field count differs from the header's is bad
 * input, reported with file and line; so is a line that is not valid UTF-8 (with its byte offset). Stateless.
 */
final class CsvRows {
    private CsvRows() {}

    static void forEach(Path file, Consumer<CsvRow> action) {
        String name = file.getFileName().toString();
        try (Utf8Lines in = new Utf8Lines(Files.newInputStream(file))) {
            LineCounter lines = new LineCounter(in, name);
            List<String> header = lines.nextRecord();
            if (header == null) {
                throw new BadInputException(name + ":1: expected a header line, the file is empty");
            }
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                columns.put(header.get(i).strip().replace("\uFEFF", ""), i);
            }
            while (true) {
                int line = lines.line + 1;
                List<String> fields = lines.nextRecord();
                if (fields == null) {
                    return;
                }
                if (fields.size() == 1 && fields.getFirst().isEmpty()) {
                    continue;
                }
                if (fields.size() != header.size()) {
                    throw new BadInputException(name + ":" + line + ": expected " + header.size() + " fields as in the header, found "
                            + fields.size());
                }
                action.accept(new CsvRow(name, line, columns, fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }

    /** Splits records, counting physical lines so that messages point at the record's first line. */
    private static final class LineCounter {
        private final Utf8Lines in;
        private final String name;
        private int line;

        LineCounter(Utf8Lines in, String name) {
            this.in = in;
            this.name = name;
        }

        private String readLine() throws IOException {
            Utf8Lines.Line l = in.next();
            if (l != null && l.malformed()) {
                throw new BadInputException(name + ":" + l.number() + ": " + l.problem());
            }
            return l == null ? null : l.text();
        }

        List<String> nextRecord() throws IOException {
            String text = readLine();
            if (text == null) {
                return null;
            }
            line++;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            while (true) {
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (quoted) {
                        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i++;
                        } else if (c == '"') {
                            quoted = false;
                        } else {
                            field.append(c);
                        }
                    } else if (c == '"') {
                        quoted = true;
                    } else if (c == ',') {
                        fields.add(field.toString());
                        field.setLength(0);
                    } else {
                        field.append(c);
                    }
                }
                if (!quoted) {
                    fields.add(field.toString());
                    return fields;
                }
                String next = readLine();
                if (next == null) {
                    throw new BadInputException(name + ":" + line + ": a quoted field is not closed before the end of the file");
                }
                line++;
                field.append('\n');
                text = next;
            }
        }
    }
}
