package dev.groundwork.query.sports.eval;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.NotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One CSV file of the World Cup data, read whole into memory. A tiny RFC 4180 reader (quoted
 * fields, doubled quotes, commas and line breaks inside quotes) of its own, so that the gold answers
 * share no code with the ingestors they judge.
 */
record CsvTable(String file, List<String> header, List<Row> rows) {

    CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** One data row; {@code line} is its 1-based line number in the file, for messages. */
    record Row(String file, int line, Map<String, Integer> columns, List<String> values) {

        /** The value of {@code column}; a column the file does not have is a bad input, not a null. */
        String get(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                throw new BadInputException(file + ":" + line + ": expected a column '" + column + "', the header has " + columns.keySet());
            }
            return values.get(index);
        }

        int integer(String column) {
            String value = get(column);
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new BadInputException(file + ":" + line + ": expected an integer in column '" + column + "', got '" + value + "'", e);
            }
        }

        boolean flag(String column) {
            return integer(column) == 1;
        }
    }

    static CsvTable read(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new NotFoundException(path + ": no such file; expected a CSV file of the Fjelstul World Cup Database", e);
        } catch (IOException e) {
            throw new BadInputException(path + ": cannot be read as UTF-8 text: " + e.getMessage(), e);
        }
        return parse(path.getFileName().toString(), text);
    }

    static CsvTable parse(String file, String text) {
        List<RawRecord> records = new Tokenizer(file, text).records();
        if (records.isEmpty()) {
            throw new BadInputException(file + ":1: expected a header line, the file is empty");
        }
        List<String> header = records.getFirst().fields();
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i), i);
        }
        List<Row> rows = new ArrayList<>(records.size() - 1);
        for (RawRecord record : records.subList(1, records.size())) {
            if (record.fields().size() != header.size()) {
                throw new BadInputException(file + ":" + record.line() + ": expected " + header.size() + " fields as in the header, got " + record.fields().size());
            }
            rows.add(new Row(file, record.line(), columns, record.fields()));
        }
        return new CsvTable(file, header, rows);
    }

    private record RawRecord(int line, List<String> fields) {}

    /** Splits the text into records; one instance per parse, not thread-safe. */
    private static final class Tokenizer {
        private final String file;
        private final String text;
        private int pos;
        private int line = 1;

        Tokenizer(String file, String text) {
            this.file = file;
            // A byte-order mark would otherwise become part of the first column's name.
            this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        }

        List<RawRecord> records() {
            List<RawRecord> records = new ArrayList<>();
            while (pos < text.length()) {
                int startLine = line;
                List<String> fields = record();
                boolean blank = fields.size() == 1 && fields.getFirst().isEmpty();
                if (!blank) {
                    records.add(new RawRecord(startLine, fields));
                }
            }
            return records;
        }

        private List<String> record() {
            List<String> fields = new ArrayList<>();
            while (true) {
                fields.add(field());
                if (pos >= text.length()) {
                    return fields;
                }
                char c = text.charAt(pos++);
                if (c == '\n') {
                    line++;
                    return fields;
                }
                if (c == '\r') {
                    if (pos < text.length() && text.charAt(pos) == '\n') {
                        pos++;
                    }
                    line++;
                    return fields;
                }
                // c is the comma that ends this field
            }
        }

        private String field() {
            if (pos < text.length() && text.charAt(pos) == '"') {
                return quoted();
            }
            int start = pos;
            while (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
                pos++;
            }
            return text.substring(start, pos);
        }

        private String quoted() {
            int startLine = line;
            StringBuilder value = new StringBuilder();
            pos++;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '"') {
                    if (pos < text.length() && text.charAt(pos) == '"') {
                        value.append('"');
                        pos++;
                    } else {
                        return value.toString();
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    value.append(c);
                }
            }
            throw new BadInputException(file + ":" + startLine + ": expected a closing quote for the field opened on this line");
        }
    }
}
