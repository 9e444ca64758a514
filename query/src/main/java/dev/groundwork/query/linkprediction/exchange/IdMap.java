package dev.groundwork.query.linkprediction.exchange;

import dev.groundwork.graph.BadInputException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * DGL-KE's id mapping files ({@code entities.tsv}, {@code relations.tsv} that {@code dglke_train}
 * writes; {@code entities.dict}, {@code relations.dict} of its built-in and user-defined data sets):
 * one {@code id<TAB>name} pair a line, ids dense from 0 in any order. A line without a tab is read
 * as {@code id,name} with the name optionally in double quotes, as the DGL-KE documentation's
 * examples write it.
 */
final class IdMap {
    private IdMap() {}

    /** The names by id. */
    static List<String> read(Path file) {
        List<String[]> pairs = new ArrayList<>();
        TextLines.forEach(file, "id mapping file", "expected id<TAB>name a line", (line, text) -> {
            int split = text.indexOf('\t');
            if (split < 0) {
                split = text.indexOf(',');
            }
            if (split <= 0 || split == text.length() - 1) {
                throw new BadInputException(file + " line " + line + ": expected id<TAB>name, got '" + abbreviate(text) + "'");
            }
            String id = text.substring(0, split).strip();
            String name = unquote(text.substring(split + 1));
            if (!id.matches("\\d+")) {
                throw new BadInputException(file + " line " + line + ": id '" + abbreviate(id) + "' is not a non-negative integer");
            }
            pairs.add(new String[] {id, name, Integer.toString(line)});
        });
        String[] names = new String[pairs.size()];
        for (String[] p : pairs) {
            long id = Long.parseLong(p[0]);
            if (id >= names.length) {
                throw new BadInputException(file + " line " + p[2] + ": id " + id + " is outside 0.." + (names.length - 1)
                        + "; ids must be dense from 0");
            }
            if (names[(int) id] != null) {
                throw new BadInputException(file + " line " + p[2] + ": id " + id + " occurs twice");
            }
            names[(int) id] = p[1];
        }
        return Arrays.asList(names);
    }

    private static String unquote(String raw) {
        String s = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
