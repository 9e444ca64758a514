package dev.groundwork.api.cli;

import dev.groundwork.graph.store.GraphStats;
import dev.groundwork.graph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code groundwork status}: what the graph holds, nodes by label and relationships by type. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show the database: Neo4j version, nodes by label, relationships by type.")
final class StatusCommand implements Runnable {
    @Mixin
    StoreOptions store;

    @Option(names = "--json", description = "Print one JSON object on the last line of standard output.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        GraphStats stats;
        try (GraphStore s = store.open()) {
            stats = GraphStats.of(s);
        }
        var out = spec.commandLine().getOut();
        if (json) {
            Console.json(out, stats);
            return;
        }
        out.printf("Neo4j %s %s, database '%s', %s at %s%n", stats.neo4jVersion(), stats.edition(), stats.database(),
                stats.mode().name().toLowerCase(java.util.Locale.ROOT), stats.boltUri());
        out.printf("%d nodes, %d relationships%n%n", stats.nodeCount(), stats.relationshipCount());
        Console.table(out, List.of("label", "nodes"), rows("label", "nodes", stats.labels()));
        out.println();
        Console.table(out, List.of("type", "relationships"), rows("type", "relationships", stats.relationshipTypes()));
    }

    private static List<Map<String, Object>> rows(String name, String count, Map<String, Long> counts) {
        List<Map<String, Object>> rows = new ArrayList<>();
        counts.forEach((k, v) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(name, k);
            row.put(count, v);
            rows.add(row);
        });
        return rows;
    }
}
