import dev.groundwork.graph.schema.OntologySchema;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.*;
import java.util.concurrent.TimeUnit;

/**
 * What the schema stage of a bulk load costs, index by index: bulk-loads 3,000,000 generated ConceptNet edges
 * into DIR once (if DIR does not exist), then, for each VARIANT named, drops every constraint and index but the
 * token lookups and creates a part of the ontology's schema ({@code OntologySchema.statements()}) again, through
 * Neo4j's embedded API, and prints the wall and process CPU time (all threads) of the creation and of the wait for
 * the indexes. Variants: {@code all} (every statement in one transaction, as {@code OntologySchema.install} does),
 * {@code idxfirst} (the indexes, then the constraints in a second transaction: tried, no gain, reverted), {@code constraint} (Concept.uri), {@code nodeidx} (Concept name and
 * gwRun), {@code relidx} (every relationship gwRun index), {@code relpresent} / {@code relabsent} (those of the
 * types the store holds / does not hold), {@code rel1} (RelatedTo's), {@code absentfirst} (those of labels and types the
 * store does not hold in a first transaction, the rest in a second: what {@code OntologySchema.install} does since
 * the fourth pass), {@code pertype} (the same, but each held type's index in a transaction of its own: no better). WORKERS sets
 * internal.dbms.index_population.workers (-1: Neo4j's default), PAGE_CACHE the page cache in MiB. Not part of
 * the product: a measurement (docs/commonsense.md, "Bulk load, third pass"), run from the repository root after
 * ./mvnw package:
 *
 * CP="api/target/groundwork.jar:api/target/lib/*"; javac -d target/schemabuild -cp "$CP" tools/bench/SchemaBuild.java
 * java --add-opens java.base/java.nio=ALL-UNNAMED --add-opens java.base/java.io=ALL-UNNAMED \
 *   --add-opens java.base/sun.nio.ch=ALL-UNNAMED --add-opens java.base/java.lang=ALL-UNNAMED \
 *   --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -XX:+UseParallelGC \
 *   -cp "target/schemabuild:$CP" SchemaBuild DIR WORKERS PAGE_CACHE VARIANT...
 */
public class SchemaBuild {
    static long cpu() { return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime(); }
    public static void main(String[] a) throws Exception {
        Path home = Path.of(a[0]);
        if (!java.nio.file.Files.exists(home)) {
            Path dump = java.nio.file.Files.createTempFile("schemabuild-", ".csv.gz");
            dev.groundwork.ingest.commonsense.synthetic.ConceptNetDumpGenerator.write(dump, 3_000_000, 42);
            var config = dev.groundwork.graph.store.StoreConfig.builder().dataDir(home).boltPort(0).build();
            var load = dev.groundwork.ingest.commonsense.CommonsenseIngest.bulk(config, dev.groundwork.ingest.commonsense.CommonsenseIngest.Format.CONCEPTNET,
                    List.of(dump), dev.groundwork.ingest.IngestOptions.DEFAULTS, dev.groundwork.ingest.IngestProgress.NONE, null);
            java.nio.file.Files.delete(dump);
            System.out.println("loaded: stages " + load.stagesSeconds() + " cpu " + load.cpuSeconds());
        }
        int workers = Integer.parseInt(a[1]);
        int pageCache = Integer.parseInt(a[2]);
        var b = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache * 1024L * 1024L)
                .setConfig(GraphDatabaseSettings.index_background_sampling_enabled, false);
        if (workers >= 0) b.setConfig(GraphDatabaseInternalSettings.index_population_workers, workers);
        DatabaseManagementService dbms = b.build();
        GraphDatabaseService db = dbms.database("neo4j");
        List<String> all = OntologySchema.fromClasspath().statements();
        Set<String> present = new HashSet<>();
        try (Transaction t0 = db.beginTx()) { List<String> toks = new ArrayList<>(); t0.execute("CALL db.relationshipTypes()").forEachRemaining(r -> toks.add((String) r.get("relationshipType")));
            for (String t : toks) { long c = (Long) t0.execute("MATCH ()-[r:`" + t + "`]->() RETURN count(r) AS c").next().get("c"); if (c > 0) present.add(t); }  }
        System.out.println("RESULT present types " + present.size());
        java.util.function.Predicate<String> isPresentRel = s -> s.contains("()-[r:") && present.stream().anyMatch(t -> s.contains("[r:" + t + "]"));
        for (int i = 3; i < a.length; i++) {
            String variant = a[i];
            dropAll(db);
            List<List<String>> txs = switch (variant) {
                case "all" -> List.of(all);
                case "constraint" -> List.of(all.stream().filter(s -> s.contains("Concept_uri")).toList());
                case "nodeidx" -> List.of(all.stream().filter(s -> s.contains("(n:Concept)") && !s.contains("UNIQUE")).toList());
                case "conceptall" -> List.of(all.stream().filter(s -> s.contains("(n:Concept)")).toList());
                case "relidx" -> List.of(all.stream().filter(s -> s.contains("()-[r:")).toList());
                case "rel1" -> List.of(all.stream().filter(s -> s.contains("[r:RelatedTo]")).toList());
                case "relpresent" -> List.of(all.stream().filter(isPresentRel).toList());
                case "relabsent" -> List.of(all.stream().filter(s -> s.contains("()-[r:") && !isPresentRel.test(s)).toList());
                case "absentfirst" -> List.of(all.stream().filter(s -> !isPresentRel.test(s) && !s.contains("(n:Concept)")).toList(), all.stream().filter(s -> isPresentRel.test(s) || s.contains("(n:Concept)")).toList());
                case "pertype" -> {
                    List<List<String>> l = new ArrayList<>();
                    l.add(all.stream().filter(s -> !isPresentRel.test(s) && !s.contains("(n:Concept)")).toList());
                    l.add(all.stream().filter(s -> s.contains("(n:Concept)")).toList());
                    all.stream().filter(isPresentRel).forEach(s -> l.add(List.of(s)));
                    yield l;
                }
                case "nonrel" -> List.of(all.stream().filter(s -> !s.contains("()-[r:")).toList());
                case "idxfirst" -> List.of(all.stream().filter(s -> !s.contains("UNIQUE")).toList(), all.stream().filter(s -> s.contains("UNIQUE")).toList());
                default -> throw new IllegalArgumentException(variant);
            };
            long w0 = System.nanoTime(), c0 = cpu();
            List<String> times = new ArrayList<>();
            for (List<String> tx : txs) {
                long t = System.nanoTime(); long tc = cpu();
                try (Transaction t1 = db.beginTx()) {
                    for (String s : tx) t1.execute(s).close();
                    t1.commit();
                }
                times.add(String.format("tx(%d stmts) %.2fs cpu %.2f", tx.size(), (System.nanoTime() - t) / 1e9, (cpu() - tc) / 1e9));
            }
            long t = System.nanoTime();
            try (Transaction t1 = db.beginTx()) { t1.schema().awaitIndexesOnline(1, TimeUnit.DAYS); }
            times.add(String.format("await %.2fs", (System.nanoTime() - t) / 1e9));
            System.out.printf("RESULT workers=%d pc=%d %s wall %.2fs cpu %.2fs  %s%n", workers, pageCache, variant,
                    (System.nanoTime() - w0) / 1e9, (cpu() - c0) / 1e9, times);
        }
        dbms.shutdown();
    }
    static void dropAll(GraphDatabaseService db) {
        List<String> cons = new ArrayList<>(), idx = new ArrayList<>();
        try (Transaction tx = db.beginTx()) {
            tx.execute("SHOW CONSTRAINTS YIELD name").forEachRemaining(r -> cons.add((String) r.get("name")));
            tx.execute("SHOW INDEXES YIELD name, type, owningConstraint WHERE type <> 'LOOKUP' AND owningConstraint IS NULL")
              .forEachRemaining(r -> idx.add((String) r.get("name")));
        }
        try (Transaction tx = db.beginTx()) {
            for (String c : cons) tx.execute("DROP CONSTRAINT " + c).close();
            for (String i : idx) tx.execute("DROP INDEX " + i).close();
            tx.commit();
        }
    }
}
