package dev.groundwork.ingest;

import dev.groundwork.graph.batch.IngestRun;
import dev.groundwork.graph.batch.IngestRuns;
import dev.groundwork.graph.batch.WriteCounts;
import dev.groundwork.graph.store.GraphStore;
import org.neo4j.driver.Value;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every node of a label and every relationship between two of them, one canonical line each (every property
 * with its type, the run's id replaced by RUN), sorted: two graphs are the same when their lines are.
 *
 * @param lines the sorted lines
 */
public record GraphLines(List<String> lines) {
    /** The nodes of {@code label} and the relationships between them, ends named by {@code key}. */
    public static GraphLines of(GraphStore store, String label, String key, String runId) {
        List<String> lines = new ArrayList<>();
        store.read(tx -> {
            tx.run("MATCH (c:" + label + ") RETURN labels(c) AS l, properties(c) AS p").forEachRemaining(r ->
                    lines.add("(" + String.join(":", r.get("l").asList(Value::asString)) + " " + props(r.get("p"), runId) + ")"));
            tx.run("MATCH (a:" + label + ")-[r]->(b:" + label + ") RETURN a[$key] AS a, type(r) AS t, properties(r) AS p, b[$key] AS b",
                            java.util.Map.of("key", key))
                    .forEachRemaining(r -> lines.add(r.get("a").asString() + " -[" + r.get("t").asString() + " "
                            + props(r.get("p"), runId) + "]-> " + r.get("b").asString()));
            return null;
        });
        lines.sort(null);
        return new GraphLines(List.copyOf(lines));
    }

    private static String props(Value map, String runId) {
        TreeMap<String, String> out = new TreeMap<>();
        for (String k : map.keys()) {
            Value v = map.get(k);
            out.put(k, k.startsWith("gw") && k.endsWith("Run") && v.asString().equals(runId) ? "RUN" : v.type().name() + " " + v.asObject());
        }
        return out.toString().replace("=", ": ");
    }

    /**
     * Checks that {@code ingest runs} lists the run as COMPLETED with {@code counts}, then undoes it and checks that no
     * node of {@code label} is left.
     */
    public static void assertListedThenUndone(GraphStore store, String runId, WriteCounts counts, String label) {
        IngestRun listed = IngestRuns.get(store, runId);
        assertThat(listed.status()).isEqualTo("COMPLETED");
        assertThat(listed.counts()).isEqualTo(counts);
        IngestRuns.undo(store, runId);
        long left = store.read(tx -> tx.run("MATCH (c:" + label + ") RETURN count(c) AS n").single().get("n").asLong());
        assertThat(left).isZero();
    }

    /** The SHA-256 of the lines joined by line breaks, in hex. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
