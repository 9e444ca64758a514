import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.store.StoreConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;

/**
 * How fast can the embedded store create relationships at all? A floor for the commonsense ingest
 * rate (docs/commonsense.md): 200,000 nodes, then N relationships between random nodes (one end
 * skewed towards low ids, as in a power-law graph) in transactions of CHUNK, through the driver,
 * written two ways: Cypher (UNWIND, MATCH by id, CREATE) and a procedure on Neo4j's core API
 * (Node.createRelationshipTo), each with 0, 1 or 3 properties a relationship. Not part of the
 * product: a measurement, run from the repository root after ./mvnw package (compiled first, because
 * Neo4j loads the procedure class by name, which a source-file launch cannot serve):
 *
 * CP="api/target/groundwork.jar:api/target/lib/*"; javac -d target/writefloor -cp "$CP" tools/bench/WriteFloor.java
 * java --add-opens java.base/java.nio=ALL-UNNAMED --add-opens java.base/java.io=ALL-UNNAMED \
 *   --add-opens java.base/sun.nio.ch=ALL-UNNAMED --add-opens java.base/java.lang=ALL-UNNAMED \
 *   --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -XX:+UseParallelGC -Xmx4g \
 *   -cp "target/writefloor:$CP" WriteFloor 1000000 5000
 */
public class WriteFloor {
    private static final int NODES = 200_000;

    public static void main(String[] args) throws Exception {
        int rels = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int chunk = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        for (String path : List.of("cypher", "procedure")) {
            for (int props : new int[] {0, 1, 3}) {
                double rate = run(path, props, rels, chunk);
                System.out.printf("%-9s %d properties: %,d relationships in transactions of %,d: %,.0f relationships/s%n",
                        path, props, rels, chunk, rate);
            }
        }
    }

    static double run(String path, int props, int rels, int chunk) throws Exception {
        Path dir = Files.createTempDirectory("writefloor");
        try (GraphStore store = GraphStore.open(StoreConfig.builder().dataDir(dir).boltPort(0).build())) {
            if (path.equals("procedure")) {
                register(store);
            }
            long[] ids = nodes(store, chunk);
            Random random = new Random(1);
            long start = System.nanoTime();
            for (int from = 0; from < rels; from += chunk) {
                int n = Math.min(chunk, rels - from);
                long[] a = new long[n];
                long[] b = new long[n];
                double[] w = new double[n];
                for (int i = 0; i < n; i++) {
                    a[i] = ids[(int) Math.min(NODES - 1, Math.abs(random.nextGaussian()) * NODES / 4)];
                    b[i] = ids[random.nextInt(NODES)];
                    w[i] = random.nextDouble();
                }
                String type = "T" + (from / chunk) % 10;
                Map<String, Object> params = Map.of("t", type, "a", a, "b", b, "w", w, "p", props,
                        "run", "run-20261129-031500-c8a1", "src", "/d/conceptnet/4/en");
                String cypher = path.equals("procedure") ? "CALL writefloor.rels($t, $a, $b, $w, $p, $run, $src)"
                        : "UNWIND range(0, size($a) - 1) AS i MATCH (x) WHERE id(x) = $a[i] MATCH (y) WHERE id(y) = $b[i] CREATE (x)-[:"
                                + type + (props == 0 ? "" : props == 1 ? " {weight: $w[i]}" : " {weight: $w[i], gwRun: $run, source: $src}") + "]->(y)";
                store.write(tx -> tx.run(cypher, params).consume());
            }
            return rels / ((System.nanoTime() - start) / 1e9);
        }
    }

    static long[] nodes(GraphStore store, int chunk) {
        long[] ids = new long[NODES];
        for (int from = 0; from < NODES; from += chunk) {
            List<String> uris = new ArrayList<>();
            for (int i = from; i < Math.min(NODES, from + chunk); i++) {
                uris.add("/c/en/concept_" + i);
            }
            int base = from;
            store.write(tx -> {
                var rows = tx.run("UNWIND $u AS uri CREATE (n:Concept {uri: uri}) RETURN id(n) AS id", Map.of("u", uris)).list();
                for (int i = 0; i < rows.size(); i++) {
                    ids[base + i] = rows.get(i).get("id").asLong();
                }
                return null;
            });
        }
        return ids;
    }

    // The embedded database behind GraphStore, reached by reflection: a measurement, not an API.
    static void register(GraphStore store) throws Exception {
        var field = GraphStore.class.getDeclaredField("embedded");
        field.setAccessible(true);
        Object embedded = field.get(store);
        var dbmsField = embedded.getClass().getDeclaredField("dbms");
        dbmsField.setAccessible(true);
        var dbms = (org.neo4j.dbms.api.DatabaseManagementService) dbmsField.get(embedded);
        var db = (org.neo4j.kernel.internal.GraphDatabaseAPI) dbms.database("neo4j");
        db.getDependencyResolver().resolveDependency(org.neo4j.kernel.api.procedure.GlobalProcedures.class)
                .registerProcedure(Rels.class);
    }

    public static class Rels {
        @Context
        public Transaction tx;

        public static class Count {
            public long created;

            public Count(long created) {
                this.created = created;
            }
        }

        @Procedure(name = "writefloor.rels", mode = Mode.WRITE)
        public Stream<Count> rels(@Name("type") String type, @Name("a") List<Long> a, @Name("b") List<Long> b,
                @Name("w") List<Double> w, @Name("p") Long props, @Name("run") String run, @Name("source") String source) {
            RelationshipType t = RelationshipType.withName(type);
            for (int i = 0; i < a.size(); i++) {
                Relationship r = byId(a.get(i)).createRelationshipTo(byId(b.get(i)), t);
                if (props >= 1) {
                    r.setProperty("weight", w.get(i));
                }
                if (props >= 3) {
                    r.setProperty("gwRun", run);
                    r.setProperty("source", source);
                }
            }
            return Stream.of(new Count(a.size()));
        }

        @SuppressWarnings("deprecation")
        private Node byId(long id) {
            return tx.getNodeById(id);
        }
    }
}
