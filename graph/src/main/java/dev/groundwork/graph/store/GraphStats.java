package dev.groundwork.graph.store;

import org.neo4j.driver.TransactionContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a graph holds: node counts by label and relationship counts by type (read from Neo4j's count
 * store, so constant time), and which Neo4j serves it. Immutable.
 *
 * <pre>{@code
 * GraphStats stats = GraphStats.of(store);
 * long tickets = stats.labels().getOrDefault("Ticket", 0L);
 * }</pre>
 *
 * @param database the database name
 * @param neo4jVersion the server's version
 * @param edition community or enterprise
 * @param mode how Groundwork reaches it
 * @param boltUri where it answers
 * @param nodeCount all nodes
 * @param relationshipCount all relationships
 * @param labels node count by label, sorted by label
 * @param relationshipTypes relationship count by type, sorted by type
 */
public record GraphStats(String database, String neo4jVersion, String edition, GraphStore.Mode mode, String boltUri,
                         long nodeCount, long relationshipCount, Map<String, Long> labels,
                         Map<String, Long> relationshipTypes) {
    static final String COMPONENTS = """
            CALL dbms.components() YIELD name, versions, edition
            WHERE name = 'Neo4j Kernel'
            RETURN versions[0] AS version, edition
            """;
    static final String DATABASE = "CALL db.info() YIELD name RETURN name";
    static final String LABELS = "CALL db.labels() YIELD label RETURN label ORDER BY label";
    static final String TYPES = "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType ORDER BY relationshipType";
    static final String COUNT_NODES = "MATCH (n) RETURN count(n) AS n";
    static final String COUNT_RELATIONSHIPS = "MATCH ()-[r]->() RETURN count(r) AS n";

    public GraphStats {
        labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        relationshipTypes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(relationshipTypes));
    }

    /** Reads the statistics of the store's database. */
    public static GraphStats of(GraphStore store) {
        return store.read(tx -> {
            var component = tx.run(COMPONENTS).single();
            Map<String, Long> labels = new LinkedHashMap<>();
            for (String l : strings(tx, LABELS)) {
                labels.put(l, count(tx, "MATCH (n:" + escape(l) + ") RETURN count(n) AS n"));
            }
            Map<String, Long> types = new LinkedHashMap<>();
            for (String t : strings(tx, TYPES)) {
                types.put(t, count(tx, "MATCH ()-[r:" + escape(t) + "]->() RETURN count(r) AS n"));
            }
            return new GraphStats(tx.run(DATABASE).single().get(0).asString(), component.get("version").asString(),
                    component.get("edition").asString(), store.mode(), store.boltUri().toString(),
                    count(tx, COUNT_NODES), count(tx, COUNT_RELATIONSHIPS), labels, types);
        });
    }

    private static List<String> strings(TransactionContext tx, String query) {
        return tx.run(query).list(r -> r.get(0).asString());
    }

    private static long count(TransactionContext tx, String query) {
        return tx.run(query).single().get("n").asLong();
    }

    /** Labels and types are read from the database itself; backticks make any such name a safe identifier. */
    private static String escape(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
