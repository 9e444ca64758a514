package dev.groundwork.query.sports.eval;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.NotFoundException;
import dev.groundwork.graph.file.Utf8Lines;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV file of the World Cup data, read whole into memory with Apache Commons CSV (RFC 4180: quoted fields, doubled
 * quotes, commas and line breaks inside quotes), used directly rather than through graph's CsvReader, so that the gold
 * answers share no code of ours with the ingestors they judge.
 */
record CsvTable(String file, List<String> header, List<Row> rows) {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    private static final Pattern OPEN_AT_END = Pattern.compile("\\(startline ([\\d,]+)\\) EOF reached before encapsulated token finished");

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
        String body = Utf8Lines.withoutByteOrderMark(text);
        List<RawRecord> records = records(file, body);
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

    /** The records of {@code text} with the line each starts on; Commons CSV directly, not graph's CsvReader (see above). */
    private static List<RawRecord> records(String file, String text) {
        List<RawRecord> records = new ArrayList<>();
        Lines lines = new Lines(text);
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            for (CSVRecord r : parser) {
                // The parser's position of a record is where it started looking, before the blank lines it skipped.
                records.add(new RawRecord(lines.lineOf(r.getCharacterPosition()), r.toList()));
            }
        } catch (UncheckedIOException | IOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            Matcher open = OPEN_AT_END.matcher(String.valueOf(cause.getMessage()));
            if (open.find()) {
                throw new BadInputException(file + ":" + open.group(1).replace(",", "")
                        + ": expected a closing quote for the field opened on this line", e);
            }
            throw new BadInputException(file + ": expected RFC 4180 CSV after line " + (records.isEmpty() ? 0 : records.getLast().line())
                    + ", got: " + cause.getMessage(), e);
        }
        return records;
    }

    /** Line numbers of records' starts, asked in increasing order, past blank lines; a line ends with LF, CRLF or CR. */
    private static final class Lines {
        private final String text;
        private int pos;
        private int line = 1;

        Lines(String text) {
            this.text = text;
        }

        int lineOf(long offset) {
            while (pos < offset || pos < text.length() && (text.charAt(pos) == '\n' || text.charAt(pos) == '\r')) {
                char c = text.charAt(pos++);
                if (c == '\n' || (c == '\r' && (pos >= text.length() || text.charAt(pos) != '\n'))) {
                    line++;
                }
            }
            return line;
        }
    }
}
