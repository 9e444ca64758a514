package dev.groundwork.graph.batch;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One kind of row a {@link BatchWriter} writes: a Cypher statement that consumes a batch of rows
 * as {@code UNWIND $rows AS row} and the ingest run id as {@code $run}, plus the labels and
 * relationship types it may create (so that the run can be undone). Every row carries
 * {@code row.source} and {@code row.record}, its provenance. Immutable and thread-safe; declare
 * them as constants.
 *
 * <pre>{@code
 * static final WriteStatement TEAM = WriteStatement.mergeNode("Team", "teamId");
 * static final WriteStatement PLAYED = WriteStatement.mergeRelationship("Team", "teamId", "PLAYED_IN", "Match", "matchId");
 * }</pre>
 *
 * @param name a short name for messages
 * @param cypher the statement, with {@code $rows} and {@code $run} parameters
 * @param labels labels of nodes it may create
 * @param types relationship types it may create
 */
public record WriteStatement(String name, String cypher, Set<String> labels, Set<String> types) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final String PROVENANCE = "gwLastRun = $run, %1$s.gwSource = row.source, %1$s.gwRecord = row.record";

    public WriteStatement {
        Objects.requireNonNull(name, "name");
        if (cypher == null || !cypher.contains("$rows")) {
            throw new IllegalArgumentException("statement " + name + " must read its batch from $rows, got: " + cypher);
        }
        labels = Set.copyOf(labels);
        types = Set.copyOf(types);
        labels.forEach(l -> requireName("label", l));
        types.forEach(t -> requireName("relationship type", t));
    }

    /**
     * Merges nodes of {@code label} on {@code key}: each row has {@code key} (the value) and
     * {@code props} (a map set on the node). A placeholder left by an earlier link is filled.
     *
     * <p>The first time a run changes a node it did not create, the node's old properties are kept in
     * the run's journal (an {@code IngestJournal} node), so that undoing or rolling back the run
     * reverts them ({@link IngestRuns}). A merge that changes no property writes no journal entry.
     */
    public static WriteStatement mergeNode(String label, String key) {
        requireName("label", label);
        requireName("key", key);
        String cypher = """
                UNWIND $rows AS row
                MERGE (n:%1$s {%2$s: row.key})
                ON CREATE SET n.gwRun = $run
                WITH n, row
                %3$s
                SET n += row.props, n.%4$s
                REMOVE n.placeholder
                """.formatted(label, key, journalNode(label, key), PROVENANCE.formatted("n"));
        return new WriteStatement("merge " + label, cypher, Set.of(label), Set.of());
    }

    /**
     * Merges a relationship {@code (from)-[type]->(to)} between nodes found by key: each row has
     * {@code from}, {@code to} and {@code props}. An end that does not exist yet is created as a
     * placeholder ({@code placeholder: true}) that a later merge of that node fills. The first time a
     * run changes a relationship it did not create, the old properties go to its journal
     * ({@link #journalRelationship}).
     */
    public static WriteStatement mergeRelationship(String fromLabel, String fromKey, String type, String toLabel, String toKey) {
        requireName("label", fromLabel);
        requireName("key", fromKey);
        requireName("relationship type", type);
        requireName("label", toLabel);
        requireName("key", toKey);
        String cypher = """
                UNWIND $rows AS row
                MERGE (a:%s {%s: row.from})
                ON CREATE SET a.gwRun = $run, a.placeholder = true
                MERGE (b:%s {%s: row.to})
                ON CREATE SET b.gwRun = $run, b.placeholder = true
                MERGE (a)-[r:%s]->(b)
                ON CREATE SET r.gwRun = $run
                WITH r, row
                %s
                SET r += row.props, r.%s
                """.formatted(fromLabel, fromKey, toLabel, toKey, type, journalRelationship("r", "row.props"),
                PROVENANCE.formatted("r"));
        return new WriteStatement("link " + fromLabel + "-" + type + "->" + toLabel, cypher, Set.copyOf(java.util.List.of(fromLabel, toLabel)),
                Set.of(type));
    }

    /**
     * A Cypher fragment, for a statement that changes an existing node {@code n} of {@code label} found by
     * {@code key = row.key} with {@code row.props}, that keeps the node's old properties in the run's journal the
     * first time the run changes a node it did not create (as {@link #mergeNode} does); undo and roll-back put them
     * back where the run wrote last, so the statement must also set {@code n.gwLastRun = $run}. The variables in scope
     * must be {@code n} and {@code row}.
     */
    public static String journalNode(String label, String key) {
        requireName("label", label);
        requireName("key", key);
        return """
                CALL (n, row) {
                  WITH n, row WHERE coalesce(n.gwRun, '') <> $run AND coalesce(n.gwLastRun, '') <> $run
                    AND (n.placeholder IS NOT NULL OR any(k IN keys(row.props) WHERE NOT coalesce(n[k] = row.props[k], false)))
                  CREATE (j:IngestJournal)
                  SET j = properties(n), j.gwJournalRun = $run, j.gwJournalLabel = '%1$s', j.gwJournalKey = '%2$s',
                      j.gwJournalValue = row.key
                }""".formatted(label, key);
    }

    /**
     * A Cypher fragment, placed before a statement sets relationship {@code variable}'s properties to
     * {@code newProps} (a map expression), that keeps the relationship's old properties in the run's
     * journal the first time the run changes a relationship it did not create: an {@code IngestJournal}
     * node with the old properties and {@code gwJournalRelationship}, the relationship's element id.
     * Undo and roll-back put them back where the run wrote last ({@link IngestRuns}). The variables in
     * scope must be {@code variable} and {@code row} (put a {@code WITH} before it).
     *
     * <pre>{@code
     * MERGE (a)-[r:SIMILAR_TO]-(b) ON CREATE SET r.gwRun = $run
     * WITH r, row
     * <journalRelationship("r", "{score: row.score}")>
     * SET r.score = row.score, r.gwLastRun = $run
     * }</pre>
     */
    public static String journalRelationship(String variable, String newProps) {
        requireName("variable", variable);
        return """
                CALL (%1$s, row) {
                  WITH %1$s, row WHERE coalesce(%1$s.gwRun, '') <> $run AND coalesce(%1$s.gwLastRun, '') <> $run
                    AND any(k IN keys(%2$s) WHERE NOT coalesce(%1$s[k] = (%2$s)[k], false))
                  CREATE (j:IngestJournal)
                  SET j = properties(%1$s), j.gwJournalRun = $run, j.gwJournalRelationship = elementId(%1$s)
                }""".formatted(variable, newProps);
    }

    /**
     * A Cypher fragment that takes node {@code variable} of {@code label} out of sight for the rest
     * of the run instead of deleting it: the label is swapped for {@code GwSuperseded}, so that the
     * run can write its replacement under the same unique key. The run's {@link BatchWriter#commit()}
     * deletes it; a roll-back (failure, {@code kill -9}, undo of an unfinished run) brings it back.
     * Use it where a statement would replace existing nodes, e.g. a changed ticket's sections.
     */
    public static String supersede(String variable, String label) {
        requireName("variable", variable);
        requireName("label", label);
        return "SET %1$s:GwSuperseded, %1$s.gwSupersededBy = $run, %1$s.gwSupersededLabel = '%2$s' REMOVE %1$s:%2$s"
                .formatted(variable, label);
    }

    private static void requireName(String what, String value) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be a letter followed by letters, digits or '_', got '" + value + "'");
        }
    }
}
