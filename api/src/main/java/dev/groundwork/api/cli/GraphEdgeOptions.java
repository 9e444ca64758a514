package dev.groundwork.api.cli;

import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.query.linkprediction.TripleSplits;
import dev.groundwork.query.triples.GraphTriples;
import picocli.CommandLine.Option;

import java.util.List;

/** Which of the graph's observed edges a command reads as triples, and the share held out: {@code train linkpred --from-graph}, {@code export triples}. */
final class GraphEdgeOptions {
    @Option(names = "--labels", split = ",", description = "Graph edges: only between nodes with these labels.")
    List<String> labels = List.of();

    @Option(names = "--types", split = ",", description = "Graph edges: only these relationship types.")
    List<String> types = List.of();

    @Option(names = "--valid-share", defaultValue = "0.05", description = "Graph edges: share held out for validation (default: ${DEFAULT-VALUE}).")
    double validShare;

    boolean filtered() {
        return !labels.isEmpty() || !types.isEmpty();
    }

    TripleSplits splits(GraphStore store, long seed) {
        return GraphTriples.splits(store, new GraphTriples.Filter(labels, types), validShare, seed);
    }
}
