package dev.groundwork.graph.batch;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.NotFoundException;
import dev.groundwork.graph.store.GraphStore;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The ingest runs recorded in a graph: listing them with their counts, and undoing one (removing
 * every node and relationship it created). Stateless and thread-safe.
 *
 * <pre>{@code
 * List<IngestRun> runs = IngestRuns.list(store);
 * IngestRuns.Undo undo = IngestRuns.undo(store, runs.getFirst().id());
 * }</pre>
 */
public final class IngestRuns {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    static final String LIST = """
            MATCH (r:IngestRun)
            RETURN r ORDER BY r.startedAt DESC
            """;
    static final String GET = "MATCH (r:IngestRun {id: $id}) RETURN r";
    static final String MARK_UNDONE = "MATCH (r:IngestRun {id: $id}) SET r.status = 'UNDONE', r.undoneAt = datetime()";
    // Label and type names come from the run's own record and are checked against NAME before they are spliced in.
    private static final String DELETE_RELATIONSHIPS = """
            MATCH ()-[r:%s]->() WHERE r.gwRun = $run
            CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
            """;
    private static final String DELETE_NODES = """
            MATCH (n:%s) WHERE n.gwRun = $run
            CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
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
        List<IngestRun> found = store.read(tx -> tx.run(GET, Map.of("id", id)).list(r -> toRun(r.get("r"))));
        if (found.isEmpty()) {
            throw new NotFoundException("no ingest run with id '" + id + "'; 'groundwork ingest runs' lists them");
        }
        return found.getFirst();
    }

    /** Removes every node and relationship the run created and marks it UNDONE. */
    public static Undo undo(GraphStore store, String id) {
        Record run = store.read(tx -> tx.run(GET, Map.of("id", id)).list()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("no ingest run with id '" + id + "'; 'groundwork ingest runs' lists them"));
        Value r = run.get("r");
        List<String> labels = r.get("labels").asList(Value::asString, List.of());
        List<String> types = r.get("types").asList(Value::asString, List.of());
        Undo undo = deleteCreated(store, id, labels, types);
        store.write(tx -> tx.run(MARK_UNDONE, Map.of("id", id)).consume());
        return undo;
    }

    static Undo deleteCreated(GraphStore store, String runId, List<String> labels, List<String> types) {
        long rels = 0;
        long nodes = 0;
        try (Session s = store.session(AccessMode.WRITE)) {
            for (String t : types) {
                rels += s.run(DELETE_RELATIONSHIPS.formatted(checked(t)), Map.of("run", runId)).consume().counters()
                        .relationshipsDeleted();
            }
            for (String l : labels) {
                var c = s.run(DELETE_NODES.formatted(checked(l)), Map.of("run", runId)).consume().counters();
                nodes += c.nodesDeleted();
                rels += c.relationshipsDeleted();
            }
        }
        return new Undo(runId, nodes, rels);
    }

    private static String checked(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new BadInputException("ingest run records an invalid label or type '" + name + "'");
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
