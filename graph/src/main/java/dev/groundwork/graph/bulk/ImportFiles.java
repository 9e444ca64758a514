package dev.groundwork.graph.bulk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A set of files in the {@code neo4j-admin database import} format: node groups (a label, a header
 * file, data files) and relationship groups (a header file with a {@code :TYPE} column, data files),
 * and whether a field spans lines. Immutable.
 *
 * @param nodes the node groups
 * @param relationships the relationship groups
 * @param multiline whether some quoted field holds a line break ({@code --multiline-fields=true})
 * @param idType {@code actual} when the {@code :ID} column holds the node ids 0..n-1 of a new store, else {@code string} or {@code integer}
 */
public record ImportFiles(List<Group> nodes, List<Group> relationships, boolean multiline, String idType) {
    private static final Pattern LABEL = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    public ImportFiles {
        nodes = List.copyOf(nodes);
        relationships = List.copyOf(relationships);
        if (!List.of("actual", "integer", "string").contains(idType)) {
            throw new IllegalArgumentException("idType must be actual, integer or string, got '" + idType + "'");
        }
    }

    /**
     * One {@code --nodes} or {@code --relationships} argument.
     *
     * @param label the nodes' label, or null for relationships (their type is a column)
     * @param header the header file
     * @param data the data files
     */
    public record Group(String label, Path header, List<Path> data) {
        public Group {
            Objects.requireNonNull(header, "header");
            data = List.copyOf(data);
            if (label != null && !LABEL.matcher(label).matches()) {
                throw new IllegalArgumentException("label must be a letter followed by letters, digits or '_', got '" + label + "'");
            }
        }

        /** The argument's value: {@code Label=header.csv,data.csv}. */
        String argument() {
            List<String> files = new ArrayList<>();
            files.add(header.toString());
            data.forEach(p -> files.add(p.toString()));
            return (label == null ? "" : label + "=") + String.join(",", files);
        }
    }

    /** Every file, header files first in each group, node groups before relationship groups. */
    public List<Path> paths() {
        List<Path> out = new ArrayList<>();
        for (Group g : nodes) {
            out.add(g.header());
            out.addAll(g.data());
        }
        for (Group g : relationships) {
            out.add(g.header());
            out.addAll(g.data());
        }
        return out;
    }

    /** The importer's arguments for these files, without the database name and the run's own settings. */
    List<String> arguments() {
        List<String> args = new ArrayList<>();
        nodes.forEach(g -> args.add("--nodes=" + g.argument()));
        relationships.forEach(g -> args.add("--relationships=" + g.argument()));
        args.add("--id-type=" + idType);
        args.add("--multiline-fields=" + multiline);
        // Groundwork's files are exact; a bad entry is a bug to report, not to skip.
        args.add("--bad-tolerance=0");
        return args;
    }

    /** The command to load these files into database {@code database} of a stopped Neo4j server. */
    public String command(String database) {
        StringBuilder b = new StringBuilder("neo4j-admin database import full");
        for (String a : arguments()) {
            b.append(" \\\n  ").append(shellQuote(a));
        }
        return b.append(" \\\n  ").append(shellQuote(database)).toString();
    }

    private static String shellQuote(String s) {
        return s.matches("[A-Za-z0-9_=:,./@%+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
