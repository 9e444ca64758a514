package dev.groundwork.ingest.commonsense;

import dev.groundwork.graph.Provenance;
import dev.groundwork.graph.batch.BatchWriter;
import dev.groundwork.graph.batch.WriteStatement;
import dev.groundwork.graph.bulk.EdgeSet;
import org.neo4j.driver.Record;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes chunks of assertions for one ingest run, two transactions per chunk: first the concepts
 * this run has not seen yet ({@code MERGE} on the unique {@code uri}, returning their node ids),
 * then the relationships, matched by node id and grouped by type. A relationship at least one of
 * whose ends this run created cannot exist yet, so it is {@code CREATE}d, once: the run remembers
 * every (head, relation, tail) it wrote and counts repeats as skipped. Only relationships between
 * two concepts that were in the graph before the run are {@code MERGE}d, which keeps a re-ingest
 * idempotent. Not thread-safe: one thread (the pipeline's writer) per run.
 */
final class ChunkLoader {
    static final WriteStatement CONCEPTS = new WriteStatement("merge Concept", """
            UNWIND $rows AS row
            MERGE (n:Concept {uri: row.uri})
            ON CREATE SET %1$s, n.name = row.name, n.lang = row.lang, n.pos = row.pos,
                          n.%2$s = row.source, n.%3$s = row.record
            RETURN row.uri AS uri, id(n) AS id, %1$s AS created
            """.formatted(Provenance.created("n"), Provenance.SOURCE, Provenance.RECORD), Set.of("Concept"), Set.of());
    static final WriteStatement LITERALS = new WriteStatement("set Concept properties", """
            UNWIND $rows AS row
            MERGE (n:Concept {uri: row.uri})
            ON CREATE SET %s, n.name = row.name, n.%s = row.source, n.%s = row.record
            SET n += row.props
            """.formatted(Provenance.created("n"), Provenance.SOURCE, Provenance.RECORD), Set.of("Concept"), Set.of());
    // %1$s is a relationship type checked by Assertion (letters, digits, '_') and again by WriteStatement.
    // Relationships carry gwRun (for undo) but not gwSource/gwRecord: on millions of edges a file
    // name per relationship costs more than it tells; the concepts and the run's Source nodes keep them.
    private static final String CREATE = """
            UNWIND $rows AS row
            MATCH (a) WHERE id(a) = row.a
            MATCH (b) WHERE id(b) = row.b
            CREATE (a)-[:%1$s {%2$s: $run, weight: row.weight, source: row.dataset}]->(b)
            """;
    private static final String MERGE = """
            UNWIND $rows AS row
            MATCH (a) WHERE id(a) = row.a
            MATCH (b) WHERE id(b) = row.b
            MERGE (a)-[r:%1$s]->(b)
            ON CREATE SET r.%2$s = $run, r.weight = row.weight, r.source = row.dataset
            """;
    /** Past this many remembered concepts the memory is cleared; later chunks merge them again (slower, same result). */
    private static final int CONCEPT_LIMIT = 5_000_000;
    /** Past this many remembered edges, new relationships are merged rather than created (slower, same result). */
    private static final int EDGE_LIMIT = 100_000_000;

    /** One chunk from the reader: its records, and the skips and errors counted since the previous chunk. */
    record Chunk(String file, List<Assertion> assertions, List<Literal> literals, long skipped, long errors) {}

    /** A literal-valued property of a resource, at {@code line} of the file. */
    record Literal(ConceptRef subject, String key, Object value, long line) {}

    private final BatchWriter writer;
    /** Concept URI to {@code nodeId << 1 | (1 if this run created it)}. */
    private final Map<String, Long> concepts = new HashMap<>();
    private final EdgeSet edges = new EdgeSet();
    private final Map<String, Integer> relations = new HashMap<>();
    private final Map<String, WriteStatement> creates = new HashMap<>();
    private final Map<String, WriteStatement> merges = new HashMap<>();

    ChunkLoader(BatchWriter writer) {
        this.writer = writer;
    }

    void load(Chunk chunk) {
        for (long i = 0; i < chunk.skipped(); i++) {
            writer.skip();
        }
        for (long i = 0; i < chunk.errors(); i++) {
            writer.error();
        }
        resolveConcepts(chunk);
        Map<WriteStatement, List<Map<String, Object>>> batch = new LinkedHashMap<>();
        for (Assertion a : chunk.assertions()) {
            long head = concepts.get(a.head().uri());
            long tail = concepts.get(a.tail().uri());
            boolean remembered = edges.size() < EDGE_LIMIT;
            if (remembered && !edges.add(head >>> 1, relation(a.relation()), tail >>> 1)) {
                writer.skip();
                continue;
            }
            boolean fresh = remembered && ((head | tail) & 1) == 1;
            WriteStatement statement = fresh ? statement(creates, CREATE, "create", a.relation())
                    : statement(merges, MERGE, "merge", a.relation());
            batch.computeIfAbsent(statement, s -> new ArrayList<>())
                    .add(Map.of("a", head >>> 1, "b", tail >>> 1, "weight", a.weight(), "dataset", a.dataset()));
        }
        if (!chunk.literals().isEmpty()) {
            List<Map<String, Object>> rows = new ArrayList<>(chunk.literals().size());
            for (Literal l : chunk.literals()) {
                rows.add(Map.of("uri", l.subject().uri(), "name", l.subject().name(), "props", Map.of(l.key(), l.value()),
                        "source", chunk.file(), "record", l.line()));
            }
            batch.put(LITERALS, rows);
        }
        if (!batch.isEmpty()) {
            writer.writeNow(batch);
        }
    }

    private void resolveConcepts(Chunk chunk) {
        if (concepts.size() > CONCEPT_LIMIT) {
            concepts.clear();
        }
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        for (Assertion a : chunk.assertions()) {
            addConcept(rows, a.head(), chunk.file(), a.line());
            addConcept(rows, a.tail(), chunk.file(), a.line());
        }
        if (rows.isEmpty()) {
            return;
        }
        Map<WriteStatement, List<Map<String, Object>>> batch = Map.of(CONCEPTS, List.copyOf(rows.values()));
        for (Record r : writer.writeNow(batch).getOrDefault(CONCEPTS, List.of())) {
            concepts.put(r.get("uri").asString(), r.get("id").asLong() << 1 | (r.get("created").asBoolean() ? 1 : 0));
        }
    }

    private void addConcept(Map<String, Map<String, Object>> rows, ConceptRef c, String file, long line) {
        if (!concepts.containsKey(c.uri()) && !rows.containsKey(c.uri())) {
            Map<String, Object> row = c.row();
            row.put("source", file);
            row.put("record", line);
            rows.put(c.uri(), row);
        }
    }

    private int relation(String type) {
        return relations.computeIfAbsent(type, t -> relations.size());
    }

    private static WriteStatement statement(Map<String, WriteStatement> cache, String cypher, String verb, String type) {
        return cache.computeIfAbsent(type, t -> new WriteStatement(verb + " Concept-" + t + "->Concept",
                cypher.formatted(t, Provenance.RUN), Set.of("Concept"), Set.of(t)));
    }
}
