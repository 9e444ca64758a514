package dev.groundwork.ingest.commonsense;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.batch.BatchWriter;
import dev.groundwork.graph.batch.WriteStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the readers write into: buffers a chunk of assertions, then hands the batch writer the
 * chunk's distinct concepts first and its relationships second (grouped by type, one statement per
 * type because Cypher cannot take a relationship type as a parameter), so that every relationship
 * statement only MATCHes nodes that exist. One chunk is one transaction. Enforces the error budget.
 * Not thread-safe.
 */
final class ConceptGraphWriter implements CommonsenseReader.Sink {
    private static final Logger LOG = LoggerFactory.getLogger(ConceptGraphWriter.class);

    static final WriteStatement CONCEPTS = new WriteStatement("merge Concept", """
            UNWIND $rows AS row
            MERGE (n:Concept {uri: row.uri})
            ON CREATE SET n.gwRun = $run, n.name = row.name, n.lang = row.lang, n.pos = row.pos,
                          n.gwSource = row.source, n.gwRecord = row.record
            """, Set.of("Concept"), Set.of());
    static final WriteStatement LITERALS = new WriteStatement("set Concept properties", """
            UNWIND $rows AS row
            MERGE (n:Concept {uri: row.uri})
            ON CREATE SET n.gwRun = $run, n.name = row.name, n.gwSource = row.source, n.gwRecord = row.record
            SET n += row.props
            """, Set.of("Concept"), Set.of());
    // %s is a relationship type checked by Assertion (letters, digits, '_') and again by WriteStatement.
    private static final String RELATIONSHIPS = """
            UNWIND $rows AS row
            MATCH (a:Concept {uri: row.from})
            MATCH (b:Concept {uri: row.to})
            MERGE (a)-[r:%s]->(b)
            ON CREATE SET r.gwRun = $run, r.weight = row.weight, r.source = row.dataset,
                          r.gwSource = row.source, r.gwRecord = row.record
            """;

    private final BatchWriter writer;
    private final int chunkSize;
    private final long maxErrors;
    /**
     * Concepts written by earlier chunks of this run, so that a hub ("person") is merged once rather
     * than in every chunk; on a power-law graph this removes most concept rows. Bounded so that a
     * huge dump cannot exhaust the heap: past the bound, concepts are simply merged again.
     */
    private static final int SEEN_LIMIT = 4_000_000;
    private final java.util.Set<String> seen = new java.util.HashSet<>();
    private final Map<String, WriteStatement> byType = new HashMap<>();
    private final List<Assertion> assertions = new ArrayList<>();
    private final List<Literal> literals = new ArrayList<>();
    private final CommonsenseIngest.ProgressListener progress;
    private String file = "";
    private long edges;
    private long bytesDone;
    private long bytesTotal;

    private record Literal(ConceptRef subject, String key, Object value, long line) {}

    ConceptGraphWriter(BatchWriter writer, int chunkSize, long maxErrors, CommonsenseIngest.ProgressListener progress) {
        this.writer = writer;
        this.chunkSize = chunkSize;
        this.maxErrors = maxErrors;
        this.progress = progress;
    }

    /** The file the following records come from, for provenance and messages. */
    void file(String name) {
        flushChunk();
        file = name;
    }

    @Override
    public void assertion(Assertion a) {
        assertions.add(a);
        if (assertions.size() + literals.size() >= chunkSize) {
            flushChunk();
        }
    }

    @Override
    public void literal(ConceptRef subject, String key, Object value, long line) {
        literals.add(new Literal(subject, key, value, line));
        if (assertions.size() + literals.size() >= chunkSize) {
            flushChunk();
        }
    }

    @Override
    public void skip() {
        writer.skip();
    }

    @Override
    public void badRecord(long line, String message) {
        String where = file + ":" + line + ": " + message;
        if (writer.counts().errors() >= maxErrors) {
            throw new BadInputException(where + (maxErrors == 0 ? "" : " (more than --max-errors " + maxErrors + " errors)"));
        }
        LOG.warn("skipped {}", where);
        writer.error();
    }

    @Override
    public void position(long done, long total) {
        bytesDone = done;
        bytesTotal = total;
        progress.progress(file, edges, done, total);
    }

    /** Writes the buffered chunk as one transaction. */
    void flushChunk() {
        if (assertions.isEmpty() && literals.isEmpty()) {
            return;
        }
        Map<String, ConceptRef> concepts = new LinkedHashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        for (Assertion a : assertions) {
            addConcept(concepts, firstLine, a.head(), a.line());
            addConcept(concepts, firstLine, a.tail(), a.line());
        }
        for (var c : concepts.values()) {
            if (!seen.contains(c.uri())) {
                writer.write(CONCEPTS, file, firstLine.get(c.uri()), c.row());
            }
        }
        for (Assertion a : assertions) {
            Map<String, Object> row = new HashMap<>(8);
            row.put("from", a.head().uri());
            row.put("to", a.tail().uri());
            row.put("weight", a.weight());
            row.put("dataset", a.dataset());
            writer.write(statement(a.relation()), file, a.line(), row);
        }
        for (Literal l : literals) {
            writer.write(LITERALS, file, l.line(), Map.of("uri", l.subject().uri(), "name", l.subject().name(),
                    "props", Map.of(l.key(), l.value())));
        }
        writer.flush();
        if (seen.size() < SEEN_LIMIT) {
            seen.addAll(concepts.keySet());
        }
        edges += assertions.size();
        assertions.clear();
        literals.clear();
        progress.progress(file, edges, bytesDone, bytesTotal);
    }

    long edges() {
        return edges;
    }

    private static void addConcept(Map<String, ConceptRef> concepts, Map<String, Long> firstLine, ConceptRef c, long line) {
        if (concepts.putIfAbsent(c.uri(), c) == null) {
            firstLine.put(c.uri(), line);
        }
    }

    private WriteStatement statement(String type) {
        return byType.computeIfAbsent(type, t -> new WriteStatement("link Concept-" + t + "->Concept",
                RELATIONSHIPS.formatted(t), Set.of("Concept"), Set.of(t)));
    }
}
