package dev.groundwork.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The provenance every ingest writes on the nodes and relationships it touches: the property names,
 * the Cypher fragments that set them, and the rule that leaves them out of what is shown.
 *
 * <ul>
 *   <li>{@value #RUN}: the ingest run that created the element; undo removes what its run created alone.</li>
 *   <li>{@value #LAST_RUN}: the run that wrote the element last; undo reverts only where its run wrote last.</li>
 *   <li>{@value #SOURCE}, {@value #RECORD}: the file and the record (line, row, document) it came from.</li>
 * </ul>
 *
 * <p>The fragments expect the statement's run id as {@code $run} and the batch row as {@code row}
 * carrying {@code row.source} and {@code row.record}, as every {@code WriteStatement} does. Every
 * property whose name starts with {@value #PREFIX} (provenance, the run's journal, superseded marks) is
 * Groundwork's bookkeeping, never an answer: {@link #strip} removes it before display. Stateless and
 * thread-safe.
 *
 * <pre>{@code
 * String cypher = """
 *         UNWIND $rows AS row
 *         MERGE (n:Team {teamId: row.key})
 *         ON CREATE SET %s
 *         SET n += row.props, %s
 *         """.formatted(Provenance.created("n"), Provenance.written("n"));
 * Map<String, Object> shown = Provenance.strip(node.asMap());
 * }</pre>
 */
public final class Provenance {
    /** The run that created the element. */
    public static final String RUN = "gwRun";
    /** The run that wrote the element last. */
    public static final String LAST_RUN = "gwLastRun";
    /** The source file the element was last written from. */
    public static final String SOURCE = "gwSource";
    /** The record (line, row, document number) in {@link #SOURCE} it was last written from. */
    public static final String RECORD = "gwRecord";
    /** The prefix of every bookkeeping property, provenance included. */
    public static final String PREFIX = "gw";

    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private Provenance() {}

    /** {@code v.gwRun = $run}: for the {@code ON CREATE SET} of element {@code variable}. */
    public static String created(String variable) {
        return requireVariable(variable) + "." + RUN + " = $run";
    }

    /**
     * {@code v.gwLastRun = $run, v.gwSource = row.source, v.gwRecord = row.record}: for the {@code SET}
     * that writes element {@code variable}'s properties.
     */
    public static String written(String variable) {
        String v = requireVariable(variable);
        return v + "." + LAST_RUN + " = $run, " + v + "." + SOURCE + " = row.source, " + v + "." + RECORD + " = row.record";
    }

    /**
     * {@code gwRun: $run, gwLastRun: $run, gwSource: row.source, gwRecord: row.record}: the entries of a
     * map literal for an element a {@code CREATE} makes, e.g. {@code CREATE (s:Section {id: row.id, <this>})}.
     */
    public static String createdEntries() {
        return RUN + ": $run, " + LAST_RUN + ": $run, " + SOURCE + ": row.source, " + RECORD + ": row.record";
    }

    /** Whether property {@code name} is Groundwork's bookkeeping (starts with {@value #PREFIX}). */
    public static boolean isBookkeeping(String name) {
        return name.startsWith(PREFIX);
    }

    /** A copy of {@code properties}, in the same order, without the bookkeeping ({@link #isBookkeeping}). */
    public static Map<String, Object> strip(Map<String, ?> properties) {
        Map<String, Object> out = new LinkedHashMap<>();
        properties.forEach((k, v) -> {
            if (!isBookkeeping(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static String requireVariable(String variable) {
        Objects.requireNonNull(variable, "variable");
        if (!VARIABLE.matcher(variable).matches()) {
            throw new IllegalArgumentException("variable must be a letter followed by letters, digits or '_', got '" + variable + "'");
        }
        return variable;
    }
}
