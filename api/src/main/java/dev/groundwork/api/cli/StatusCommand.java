package dev.groundwork.api.cli;

import dev.groundwork.graph.ConfigurationException;
import dev.groundwork.graph.UnavailableException;
import dev.groundwork.graph.search.SearchIndex;
import dev.groundwork.graph.store.GraphStats;
import dev.groundwork.graph.store.GraphStore;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** {@code groundwork status}: what the graph holds, nodes by label and relationships by type, and documents per search index. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show the database: Neo4j version, nodes by label, relationships by type, documents per search index.")
final class StatusCommand extends StoreCommand {

    @Override
    public void run() {
        GraphStats stats;
        Map<String, Long> search;
        try (GraphStore s = store.open()) {
            stats = GraphStats.of(s);
            search = searchDocuments(s.config().dataDir());
        }
        Map<String, Object> o = Console.toMap(stats);
        o.put("searchDocuments", search);
        output.print(o, out -> table(stats, search, out));
    }

    private static void table(GraphStats stats, Map<String, Long> search, PrintWriter out) {
        out.printf("Neo4j %s %s, database '%s', %s at %s%n", stats.neo4jVersion(), stats.edition(), stats.database(),
                stats.mode().name().toLowerCase(java.util.Locale.ROOT), stats.boltUri());
        out.printf("%d nodes, %d relationships%n%n", stats.nodeCount(), stats.relationshipCount());
        Console.table(out, List.of("label", "nodes"), rows("label", "nodes", stats.labels()));
        out.println();
        Console.table(out, List.of("type", "relationships"), rows("type", "relationships", stats.relationshipTypes()));
        if (!search.isEmpty()) {
            out.println();
            Console.table(out, List.of("search index", "documents"), rows("search index", "documents", search));
        }
    }

    /**
     * Documents in each search index beside the database (DIR/search/NAME), by name; an index another
     * process holds open counts as -1. Only indexes that exist are opened, so none is created here.
     */
    static Map<String, Long> searchDocuments(Path dataDir) {
        Map<String, Long> counts = new TreeMap<>();
        Path root = SearchIndex.directory(dataDir, "x").getParent();
        if (!Files.isDirectory(root)) {
            return counts;
        }
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                try (SearchIndex index = SearchIndex.open(dir)) {
                    counts.put(dir.getFileName().toString(), (long) index.size());
                } catch (ConfigurationException e) {
                    counts.put(dir.getFileName().toString(), -1L);
                }
            }
        } catch (IOException e) {
            throw new UnavailableException("search indexes in " + root + " cannot be listed: " + e.getMessage(), e);
        }
        return counts;
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
