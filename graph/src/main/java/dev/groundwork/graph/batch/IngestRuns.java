package dev.groundwork.graph.batch;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.NotFoundException;
import dev.groundwork.graph.Provenance;
import dev.groundwork.graph.store.GraphStore;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.summary.SummaryCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The ingest runs recorded in a graph: listing them with their counts, undoing one, and rolling
 * back the runs whose process died (a {@code kill -9}, a power cut) when a store is next opened.
 *
 * <p>What a run "created alone" is what carries its {@code gwRun} ({@link Provenance#RUN}) and that no later run merged
 * into ({@code gwLastRun}, {@link Provenance#LAST_RUN}, is the run's own) nor linked to (no relationship of another run). Undo
 * and roll-back remove exactly that, revert the properties the run overwrote on nodes and
 * relationships it did not create (from the run's journal, {@code IngestJournal} nodes holding the
 * old properties, written by {@link WriteStatement#mergeNode} and
 * {@link WriteStatement#journalRelationship}), and bring back the nodes it superseded but had not yet
 * replaced ({@link WriteStatement#supersede}). Every step can be repeated, so an undo or roll-back
 * that is itself interrupted is finished by running it again. Stateless and thread-safe.
 *
 * <pre>{@code
 * List<IngestRun> runs = IngestRuns.list(store);
 * IngestRuns.Undo undo = IngestRuns.undo(store, runs.getFirst().id());
 * }</pre>
 */
public final class IngestRuns {
    private static final Logger LOG = LoggerFactory.getLogger(IngestRuns.class);
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    static final String LIST = """
            MATCH (r:IngestRun)
            RETURN r ORDER BY r.startedAt DESC
            """;
    static final String GET = "MATCH (r:IngestRun {id: $id}) RETURN r";
    static final String RUNNING = "MATCH (r:IngestRun) WHERE r.status IN ['RUNNING', 'UNDOING'] RETURN r";
    static final String MARK = "MATCH (r:IngestRun {id: $id}) SET r.status = $status, r.message = coalesce($message, r.message)";
    static final String MARK_UNDONE = "MATCH (r:IngestRun {id: $id}) SET r.status = 'UNDONE', r.undoneAt = datetime()";
    static final String MARK_INTERRUPTED = """
            MATCH (r:IngestRun {id: $id}) WHERE r.status = 'RUNNING'
            SET r.status = 'INTERRUPTED', r.finishedAt = datetime(), r.message = $message
            """;
    // Label, key and type names come from the run's own record and are checked against NAME before they are spliced in
    // (the %%s left by formatting in the provenance names %1$s = Provenance.RUN and %2$s = Provenance.LAST_RUN).
    private static final String DELETE_RELATIONSHIPS = """
            MATCH ()-[r:%%s]->() WHERE r.%1$s = $run AND coalesce(r.%2$s, $run) = $run
            CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
            """.formatted(Provenance.RUN, Provenance.LAST_RUN);
    // A node another run merged into (gwLastRun) or linked to (a relationship not of this run alone) stays.
    private static final String DELETE_NODES = """
            MATCH (n:%%s) WHERE n.%1$s = $run AND coalesce(n.%2$s, $run) = $run
              AND NOT EXISTS { MATCH (n)-[x]-() WHERE NOT (x.%1$s = $run AND coalesce(x.%2$s, $run) = $run) }
            CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
            """.formatted(Provenance.RUN, Provenance.LAST_RUN);
    private static final String JOURNALED = """
            MATCH (j:IngestJournal {gwJournalRun: $run}) WHERE j.gwJournalLabel IS NOT NULL
            RETURN DISTINCT j.gwJournalLabel AS label, j.gwJournalKey AS key
            """;
    // Reverted only where this run wrote last: a later run's values stand.
    private static final String RESTORE_JOURNAL = """
            MATCH (j:IngestJournal {gwJournalRun: $run, gwJournalLabel: $label})
            CALL (j) {
              MATCH (n:%%s {%%s: j.gwJournalValue}) WHERE n.%2$s = $run
              SET n = properties(j)
              REMOVE n.gwJournalRun, n.gwJournalLabel, n.gwJournalKey, n.gwJournalValue
            } IN TRANSACTIONS OF 10000 ROWS
            """.formatted(Provenance.RUN, Provenance.LAST_RUN);
    // Relationships the run changed but did not create (WriteStatement.journalRelationship); a later run's values stand.
    private static final String RESTORE_RELATIONSHIP_JOURNAL = """
            MATCH (j:IngestJournal {gwJournalRun: $run}) WHERE j.gwJournalRelationship IS NOT NULL
            CALL (j) {
              MATCH ()-[r]->() WHERE elementId(r) = j.gwJournalRelationship AND r.%2$s = $run
              SET r = properties(j)
              REMOVE r.gwJournalRun, r.gwJournalRelationship
            } IN TRANSACTIONS OF 10000 ROWS
            """.formatted(Provenance.RUN, Provenance.LAST_RUN);
    private static final String DELETE_JOURNAL = """
            MATCH (j:IngestJournal {gwJournalRun: $run})
            CALL (j) { DELETE j } IN TRANSACTIONS OF 10000 ROWS
            """;
    // Touched without a change (so without a journal entry): the creator is the best remaining provenance.
    private static final String FORGET_TOUCHES = """
            MATCH (n:%%s) WHERE n.%2$s = $run AND coalesce(n.%1$s, '') <> $run
            CALL (n) { SET n.%2$s = n.%1$s } IN TRANSACTIONS OF 10000 ROWS
            """.formatted(Provenance.RUN, Provenance.LAST_RUN);
    // The same for relationships: a run undone no longer holds a relationship another run created, so that
    // run's own undo can remove it (else a relationship re-written by a later run outlives both undos).
    private static final String FORGET_RELATIONSHIP_TOUCHES = """
            MATCH ()-[r:%%s]->() WHERE r.%2$s = $run AND coalesce(r.%1$s, '') <> $run
            CALL (r) { SET r.%2$s = r.%1$s } IN TRANSACTIONS OF 10000 ROWS
            """.formatted(Provenance.RUN, Provenance.LAST_RUN);
    private static final String SUPERSEDED_LABELS = """
            MATCH (n:GwSuperseded {gwSupersededBy: $run}) RETURN DISTINCT n.gwSupersededLabel AS label
            """;
    private static final String RESTORE_SUPERSEDED = """
            MATCH (n:GwSuperseded {gwSupersededBy: $run, gwSupersededLabel: $label})
            CALL (n) { SET n:%s REMOVE n:GwSuperseded, n.gwSupersededBy, n.gwSupersededLabel } IN TRANSACTIONS OF 10000 ROWS
            """;
    static final String DELETE_SUPERSEDED = """
            MATCH (n:GwSuperseded {gwSupersededBy: $run})
            CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
            """;
    private static final String SUPERSEDED_OF_FINISHED = """
            MATCH (r:IngestRun) WHERE r.status = 'COMPLETED'
              AND EXISTS { MATCH (n:GwSuperseded {gwSupersededBy: r.id}) }
            RETURN r.id AS id
            """;

    /**
     * What an undo removed.
     *
     * @param runId the run
     * @param nodesDeleted nodes removed
     * @param relationshipsDeleted relationships removed
     */
    public record Undo(String runId, long nodesDeleted, long relationshipsDeleted) {}

    private IngestRuns() {}

    /** All runs, newest first. */
    public static List<IngestRun> list(GraphStore store) {
        return store.read(tx -> tx.run(LIST).list(r -> toRun(r.get("r"))));
    }

    /** The run with this id. */
    public static IngestRun get(GraphStore store, String id) {
        return toRun(record(store, id));
    }

    /**
     * Undoes a run: removes what it created alone, reverts the properties it overwrote, and marks it
     * UNDONE. Undoing an UNDONE run changes nothing; an undo that was interrupted finishes when run again.
     *
     * @throws NotFoundException if there is no such run
     * @throws BadInputException if the run is still going (its process is alive)
     */
    public static Undo undo(GraphStore store, String id) {
        Value r = record(store, id);
        String status = r.get("status").asString("");
        if ("UNDONE".equals(status)) {
            return new Undo(id, 0, 0);
        }
        if ("RUNNING".equals(status) && !gone(r, Instant.now())) {
            RunOwner owner = owner(r);
            throw new BadInputException("ingest run '" + id + "' is still running (pid " + owner.pid() + " on " + owner.host()
                    + "); stop it or wait for it to finish before undoing it");
        }
        store.write(tx -> tx.run(MARK, Map.of("id", id, "status", "UNDOING", "message", "")).consume());
        Undo undo = rollback(store, id, names(r, "labels"), names(r, "types"));
        store.write(tx -> tx.run(MARK_UNDONE, Map.of("id", id)).consume());
        return undo;
    }

    /**
     * Rolls back every run left RUNNING by a process that is gone, marking it INTERRUPTED, and
     * finishes interrupted undos. Called whenever a store is opened; cheap when there is nothing to do.
     *
     * @return the ids of the runs rolled back
     */
    public static List<String> recoverInterrupted(GraphStore store) {
        Instant now = Instant.now();
        List<String> recovered = new ArrayList<>();
        for (Value r : store.read(tx -> tx.run(RUNNING).list(x -> x.get("r")))) {
            String id = r.get("id").asString();
            if (!gone(r, now)) {
                continue;
            }
            if ("UNDOING".equals(r.get("status").asString())) {
                LOG.warn("Finishing the undo of ingest run {}, which was interrupted", id);
                undo(store, id);
                continue;
            }
            LOG.warn("Ingest run {} was interrupted (pid {} on {} is gone); rolling back what it wrote", id,
                    r.get("pid").asLong(-1), r.get("host").asString("?"));
            Undo undo = rollback(store, id, names(r, "labels"), names(r, "types"));
            store.write(tx -> tx.run(MARK_INTERRUPTED, Map.of("id", id, "message", "the process was gone; rolled back "
                    + undo.nodesDeleted() + " nodes and " + undo.relationshipsDeleted() + " relationships")).consume());
            recovered.add(id);
        }
        for (String id : store.read(tx -> tx.run(SUPERSEDED_OF_FINISHED).list(x -> x.get("id").asString()))) {
            // A run that completed but died before removing what it replaced.
            deleteSuperseded(store, id);
        }
        return recovered;
    }

    /** Removes what the run created alone, reverts what it overwrote and restores what it superseded. */
    static Undo rollback(GraphStore store, String runId, List<String> labels, List<String> types) {
        long rels = 0;
        long nodes = 0;
        try (Session s = store.session(AccessMode.WRITE)) {
            for (String t : types) {
                rels += s.run(DELETE_RELATIONSHIPS.formatted(checked(t)), Map.of("run", runId)).consume().counters()
                        .relationshipsDeleted();
            }
            for (String l : labels) {
                SummaryCounters c = s.run(DELETE_NODES.formatted(checked(l)), Map.of("run", runId)).consume().counters();
                nodes += c.nodesDeleted();
                rels += c.relationshipsDeleted();
            }
            for (Record j : s.run(JOURNALED, Map.of("run", runId)).list()) {
                String label = j.get("label").asString();
                s.run(RESTORE_JOURNAL.formatted(checked(label), checked(j.get("key").asString())),
                        Map.of("run", runId, "label", label)).consume();
            }
            s.run(RESTORE_RELATIONSHIP_JOURNAL, Map.of("run", runId)).consume();
            for (String l : labels) {
                s.run(FORGET_TOUCHES.formatted(checked(l)), Map.of("run", runId)).consume();
            }
            for (String t : types) {
                s.run(FORGET_RELATIONSHIP_TOUCHES.formatted(checked(t)), Map.of("run", runId)).consume();
            }
            for (String label : s.run(SUPERSEDED_LABELS, Map.of("run", runId)).list(x -> x.get("label").asString())) {
                s.run(RESTORE_SUPERSEDED.formatted(checked(label)), Map.of("run", runId, "label", label)).consume();
            }
            s.run(DELETE_JOURNAL, Map.of("run", runId)).consume();
        }
        return new Undo(runId, nodes, rels);
    }

    static void deleteSuperseded(GraphStore store, String runId) {
        try (Session s = store.session(AccessMode.WRITE)) {
            s.run(DELETE_SUPERSEDED, Map.of("run", runId)).consume();
        }
    }

    private static Value record(GraphStore store, String id) {
        return store.read(tx -> tx.run(GET, Map.of("id", id)).list()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("no ingest run with id '" + id + "'; 'groundwork ingest runs' lists them"))
                .get("r");
    }

    private static boolean gone(Value r, Instant now) {
        if (r.get("pid").isNull()) {
            // Recorded before runs named their process: only its heartbeat-less age can tell, so it is left alone.
            return false;
        }
        Instant heartbeat = r.get("heartbeatAt").isNull() ? null : r.get("heartbeatAt").asZonedDateTime().toInstant();
        return owner(r).isGone(heartbeat, now);
    }

    private static RunOwner owner(Value r) {
        return new RunOwner(r.get("host").asString("unknown-host"), r.get("pid").asLong(-1), r.get("processStart").asLong(-1));
    }

    private static List<String> names(Value r, String field) {
        return r.get(field).asList(Value::asString, List.of());
    }

    private static String checked(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new BadInputException("ingest run records an invalid label, key or type '" + name + "'");
        }
        return name;
    }

    private static IngestRun toRun(Value r) {
        WriteCounts counts = new WriteCounts(r.get("records").asLong(0), r.get("nodesCreated").asLong(0),
                r.get("relationshipsCreated").asLong(0), r.get("updated").asLong(0), r.get("skipped").asLong(0),
                r.get("errors").asLong(0));
        Instant finished = r.get("finishedAt").isNull() ? null : r.get("finishedAt").asZonedDateTime().toInstant();
        return new IngestRun(r.get("id").asString(), r.get("kind").asString(), r.get("status").asString(),
                r.get("startedAt").asZonedDateTime().toInstant(), finished, r.get("sources").asList(Value::asString, List.of()),
                counts, r.get("message").asString(""));
    }
}
