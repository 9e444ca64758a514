package dev.groundwork.graph.batch;

import dev.groundwork.graph.Provenance;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One kind of row a {@link BatchWriter} writes: a Cypher statement that consumes a batch of rows
 * as {@code UNWIND $rows AS row} and the ingest run id as {@code $run}, plus the labels and
 * relationship types it may create (so that the run can be undone). Every row carries
 * {@code row.source} and {@code row.record}, its provenance ({@link Provenance}). Immutable and thread-safe; declare
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
                ON CREATE SET %3$s
                WITH n, row
                %4$s
                SET n += row.props, %5$s
                REMOVE n.placeholder
                """.formatted(label, key, Provenance.created("n"), journalNode(label, key), Provenance.written("n"));
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
        return mergeRelationship(fromLabel, fromKey, type, toLabel, toKey, "", "link " + fromLabel + "-" + type + "->" + toLabel);
    }

    /**
     * As {@link #mergeRelationship(String, String, String, String, String)}, but one relationship per value of
     * {@code row.<field>}: the relationship is merged on its property {@code property} as well, e.g. a player's
     * membership of a team once per tournament ({@code property = "tournamentId"}, {@code field = "tournament"}).
     */
    public static WriteStatement mergeRelationshipPer(String fromLabel, String fromKey, String type, String toLabel, String toKey,
            String property, String field) {
        requireName("property", property);
        requireName("field", field);
        return mergeRelationship(fromLabel, fromKey, type, toLabel, toKey, " {%s: row.%s}".formatted(property, field),
                "link " + fromLabel + "-" + type + "->" + toLabel + " per " + field);
    }

    private static WriteStatement mergeRelationship(String fromLabel, String fromKey, String type, String toLabel, String toKey,
            String relationshipKey, String name) {
        requireName("label", fromLabel);
        requireName("key", fromKey);
        requireName("relationship type", type);
        requireName("label", toLabel);
        requireName("key", toKey);
        String cypher = """
                UNWIND $rows AS row
                MERGE (a:%1$s {%2$s: row.from})
                ON CREATE SET %8$s, a.placeholder = true
                MERGE (b:%3$s {%4$s: row.to})
                ON CREATE SET %9$s, b.placeholder = true
                MERGE (a)-[r:%5$s%6$s]->(b)
                ON CREATE SET %10$s
                WITH r, row
                %7$s
                SET r += row.props, %11$s
                """.formatted(fromLabel, fromKey, toLabel, toKey, type, relationshipKey, journalRelationship("r", "row.props"),
                Provenance.created("a"), Provenance.created("b"), Provenance.created("r"), Provenance.written("r"));
        return new WriteStatement(name, cypher, Set.copyOf(List.of(fromLabel, toLabel)), Set.of(type));
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
                  WITH n, row WHERE %3$s
                    AND (n.placeholder IS NOT NULL OR any(k IN keys(row.props) WHERE NOT coalesce(n[k] = row.props[k], false)))
                  CREATE (j:IngestJournal)
                  SET j = properties(n), j.gwJournalRun = $run, j.gwJournalLabel = '%1$s', j.gwJournalKey = '%2$s',
                      j.gwJournalValue = row.key
                }""".formatted(label, key, notThisRun("n"));
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
                  WITH %1$s, row WHERE %3$s
                    AND any(k IN keys(%2$s) WHERE NOT coalesce(%1$s[k] = (%2$s)[k], false))
                  CREATE (j:IngestJournal)
                  SET j = properties(%1$s), j.gwJournalRun = $run, j.gwJournalRelationship = elementId(%1$s)
                }""".formatted(variable, newProps, notThisRun(variable));
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

    // Neither created nor written before by this run: the first change of the run, the one the journal keeps.
    private static String notThisRun(String variable) {
        return "coalesce(%1$s.%2$s, '') <> $run AND coalesce(%1$s.%3$s, '') <> $run".formatted(variable, Provenance.RUN, Provenance.LAST_RUN);
    }

    private static void requireName(String what, String value) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be a letter followed by letters, digits or '_', got '" + value + "'");
        }
    }
}
