package dev.groundwork.query.predictedlinks;

import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.query.linkprediction.LinkPredictor;
import dev.groundwork.query.linkprediction.TrainingConfig;
import dev.groundwork.query.linkprediction.Triple;
import dev.groundwork.query.linkprediction.TripleSplits;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A ring of 30 entities e0..e29 with 'next' and 'prev' edges; every fifth 'next' edge (e0->e1,
 * e5->e6 ...) is held out of the graph and of training, so the model has links to predict. A
 * model trains on it in well under a second.
 */
final class Ring {
    static final int SIZE = 30;
    private static final String LOAD = """
            UNWIND $rows AS row
            MERGE (a:Entity {key: row.head})
            MERGE (b:Entity {key: row.tail})
            CREATE (a)-[:$(row.relation)]->(b)
            """;

    private Ring() {}

    static boolean heldOut(int i) {
        return i % 5 == 0;
    }

    static List<Triple> observed() {
        List<Triple> out = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            if (!heldOut(i)) {
                out.add(new Triple("e" + i, "next", "e" + (i + 1) % SIZE));
            }
            out.add(new Triple("e" + (i + 1) % SIZE, "prev", "e" + i));
        }
        return out;
    }

    static List<Triple> heldOutEdges() {
        List<Triple> out = new ArrayList<>();
        for (int i = 0; i < SIZE; i += 5) {
            out.add(new Triple("e" + i, "next", "e" + (i + 1) % SIZE));
        }
        return out;
    }

    /** Trains the model and writes it to {@code file}. */
    static Path model(Path file) {
        List<Triple> heldOut = heldOutEdges();
        TripleSplits data = new TripleSplits(observed(), heldOut.subList(0, 2), heldOut.subList(2, heldOut.size()));
        LinkPredictor.train(data, TrainingConfig.builder().rank(16).epochs(40).batchSize(16).validEvery(40).seed(7).build())
                .save(file);
        return file;
    }

    /** Replaces the graph with the ring's observed edges. */
    static void load(GraphStore store) {
        store.write(tx -> tx.run("MATCH (n) DETACH DELETE n").consume());
        List<Map<String, Object>> rows = observed().stream()
                .map(t -> Map.<String, Object>of("head", t.head(), "relation", t.relation(), "tail", t.tail())).toList();
        store.write(tx -> tx.run(LOAD, Map.of("rows", rows)).consume());
    }
}
