package dev.groundwork.query.tickets.eval;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.NotFoundException;
import dev.groundwork.graph.csv.CsvReader;
import dev.groundwork.graph.csv.CsvRecord;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Reads the GitBugs layout: {@code bugs.csv} (only Issue id, Summary and Description are read, so that no system can see
 * Resolution or Status, which give duplicates away) and {@code duplicates.csv} ({@code Issue id, Duplicate id}, the second
 * column holding one or more comma-separated ids). Each link is a query in both directions; a link naming a ticket absent
 * from bugs.csv is skipped and counted.
 */
final class HadoopLayout {
    static final String BUGS = "bugs.csv";
    static final String DUPLICATES = "duplicates.csv";

    private HadoopLayout() {}

    static DuplicateBenchmark load(Path dir) {
        List<BenchmarkTicket> tickets = new ArrayList<>();
        forEachRow(dir.resolve(BUGS), List.of("Issue id", "Summary", "Description"),
                f -> tickets.add(new BenchmarkTicket(f.get(0).strip(), f.get(1), f.get(2))));
        Set<String> known = new java.util.HashSet<>();
        tickets.forEach(t -> known.add(t.id()));
        Map<String, Set<String>> duplicates = new TreeMap<>();
        int[] skipped = {0};
        forEachRow(dir.resolve(DUPLICATES), List.of("Issue id", "Duplicate id"), f -> {
            for (String partner : f.get(1).split(",")) {
                String a = f.get(0).strip();
                String b = partner.strip();
                if (b.isEmpty()) {
                    continue;
                }
                // A real export links to tickets outside it; such a link can be asked of no system, so it is counted, not fatal.
                if (!known.contains(a) || !known.contains(b)) {
                    skipped[0]++;
                } else if (!a.equals(b)) {
                    link(duplicates, a, b);
                }
            }
        });
        return DuplicateBenchmark.of(tickets, duplicates, skipped[0]);
    }

    private static void link(Map<String, Set<String>> duplicates, String a, String b) {
        duplicates.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
        duplicates.computeIfAbsent(b, k -> new TreeSet<>()).add(a);
    }

    /** Hands each data row's values of {@code columns}, in that order, to {@code row}. */
    private static void forEachRow(Path file, List<String> columns, Consumer<List<String>> row) {
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("duplicate benchmark: expected the file " + file + ", which does not exist");
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE);
        try (CsvReader csv = CsvReader.open(new InputStreamReader(Files.newInputStream(file), decoder), file.toString(), true,
                CsvReader.delimiterOf(file))) {
            int[] index = columnIndexes(file, csv.next(), columns);
            for (Optional<CsvRecord> r = csv.next(); r.isPresent(); r = csv.next()) {
                row.accept(pick(file, r.get(), index));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static int[] columnIndexes(Path file, Optional<CsvRecord> header, List<String> columns) {
        List<String> names = header.map(CsvRecord::fields).orElse(List.of());
        int[] index = new int[columns.size()];
        for (int i = 0; i < index.length; i++) {
            index[i] = names.indexOf(columns.get(i));
            if (index[i] < 0) {
                throw new BadInputException(file + ": expected a header with the column '" + columns.get(i) + "', got " + names);
            }
        }
        return index;
    }

    private static List<String> pick(Path file, CsvRecord record, int[] index) {
        List<String> values = new ArrayList<>(index.length);
        for (int i : index) {
            if (i >= record.fields().size()) {
                throw new BadInputException(file + " record " + record.number() + " (line " + record.line() + "): expected at least "
                        + (i + 1) + " fields, got " + record.fields().size());
            }
            values.add(record.fields().get(i));
        }
        return values;
    }
}
