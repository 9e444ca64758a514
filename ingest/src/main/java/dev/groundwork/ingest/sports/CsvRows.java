package dev.groundwork.ingest.sports;

import dev.groundwork.graph.BadInputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * input, reported with file and line. Stateless.
 */
final class CsvRows {
    private CsvRows() {}

    static void forEach(Path file, Consumer<CsvRow> action) {
        String name = file.getFileName().toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LineCounter lines = new LineCounter(in);
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
        private final BufferedReader in;
        private int line;

        LineCounter(BufferedReader in) {
            this.in = in;
        }

        List<String> nextRecord() throws IOException {
            String text = in.readLine();
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
                String next = in.readLine();
                if (next == null) {
                    throw new BadInputException("line " + line + ": a quoted field is not closed before the end of the file");
                }
                line++;
                field.append('\n');
                text = next;
            }
        }
    }
}
