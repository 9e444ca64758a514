import dev.groundwork.graph.schema.OntologySchema;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.*;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.*;
import java.util.concurrent.*;

/**
 * The schema stage of a bulk load, phase by phase: opens DIR (a copy of a store Neo4j's importer wrote, e.g. the one
 * {@code ImportBench} leaves, before any schema) the way {@code GraphStore} does (the same settings, Bolt, the driver),
 * reads the labels and types in use, creates {@code OntologySchema.statements()} in the transactions VARIANT names,
 * then waits for the indexes, printing at each step the wall and process CPU time and the CPU of the JIT compiler
 * and GC threads (from /proc/self/task). Variants: {@code base} (the statements of labels and types the store does
 * not hold, then those it holds, as {@code OntologySchema.install(Session)}), {@code idxfirst} (the held indexes
 * before the held constraint), {@code split3} (the held indexes, then the held constraint and the others at once),
 * {@code conc} (the others at once with the held ones), {@code kernel} (as {@code base}, through Neo4j's embedded
 * API). -Dworkers=N, -Dpar=N and -Dblock=BYTES set internal.dbms.index_population.workers, .parallelism and
 * internal.dbms.index.populator_block_size. Not part of the product: a measurement (docs/commonsense.md, "Bulk load,
 * fifth pass"), run from the repository root after ./mvnw package, on a fresh copy of the store each time:
 *
 * CP="api/target/groundwork.jar:api/target/lib/*"; javac -d target/schemaphases -cp "$CP" tools/bench/SchemaPhases.java
 * cp -r STORE /tmp/copy && java --add-opens java.base/java.nio=ALL-UNNAMED --add-opens java.base/java.io=ALL-UNNAMED \
 *   --add-opens java.base/sun.nio.ch=ALL-UNNAMED --add-opens java.base/java.lang=ALL-UNNAMED \
 *   --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -XX:+UseParallelGC \
 *   -cp "target/schemaphases:$CP" SchemaPhases /tmp/copy VARIANT
 */
public class SchemaPhases {
    static long cpu() { return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime(); }
    static long W0 = System.nanoTime(), C0 = cpu();
    static synchronized void mark(String what) {
        System.out.printf("MARK %7.2fs cpu %7.2f %s  %s%n", (System.nanoTime() - W0) / 1e9, (cpu() - C0) / 1e9, taskCpu(), what);
    }
    /** CPU seconds of JIT compiler threads and GC threads, from /proc/self/task. */
    static String taskCpu() {
        double jit = 0, gc = 0;
        try (var ds = java.nio.file.Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path t : ds) {
                try {
                    String comm = java.nio.file.Files.readString(t.resolve("comm")).strip();
                    String stat = java.nio.file.Files.readString(t.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    double sec = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
                    if (comm.contains("Compiler")) jit += sec; else if (comm.startsWith("GC") || comm.contains("Parallel")) gc += sec;
                } catch (Exception ignored) {}
            }
        } catch (Exception e) { return "?"; }
        return String.format("[jit %.2f gc %.2f]", jit, gc);
    }

    public static void main(String[] a) throws Exception {
        Path home = Path.of(a[0]);
        String variant = a[1];
        var b = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.index_background_sampling_enabled, false)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, java.time.Duration.ofMillis(100));
        if (Integer.getInteger("workers") != null) b.setConfig(GraphDatabaseInternalSettings.index_population_workers, Integer.getInteger("workers"));
        if (Integer.getInteger("par") != null) b.setConfig(GraphDatabaseInternalSettings.index_population_parallelism, Integer.getInteger("par"));
        if (Long.getLong("block") != null) b.setConfig(GraphDatabaseInternalSettings.index_populator_block_size, Long.getLong("block"));
        DatabaseManagementService dbms = b.build();
        var api = (GraphDatabaseAPI) dbms.database("system");
        int port = api.getDependencyResolver().resolveDependency(ConnectorPortRegister.class).getLocalAddress(ConnectorType.BOLT).getPort();
        mark("dbms started");
        try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none())) {
            driver.verifyConnectivity();
            mark("driver connected");
            List<String> all = OntologySchema.fromClasspath().statements();
            Set<String> labels, types;
            try (Session s = driver.session()) {
                s.run("SHOW INDEXES YIELD name, owningConstraint WHERE owningConstraint IS NULL AND name IN $names RETURN name", Map.of("names", List.of("x"))).consume();
                labels = new HashSet<>(s.run("CALL db.labels() YIELD label RETURN label").list(r -> r.get(0).asString()));
                types = new HashSet<>(s.run("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType").list(r -> r.get(0).asString()));
            }
            mark("inUse read: " + labels + " " + types.size() + " types");
            List<String> held = all.stream().filter(st -> heldBy(st, labels, types)).toList();
            List<String> absent = all.stream().filter(st -> !heldBy(st, labels, types)).toList();
            List<String> heldCons = held.stream().filter(st -> st.contains("CONSTRAINT")).toList();
            List<String> heldIdx = held.stream().filter(st -> !st.contains("CONSTRAINT")).toList();
            mark("held " + held.size() + " absent " + absent.size());
            switch (variant) {
                case "base" -> {
                    tx(driver, "absent", absent);
                    tx(driver, "held", held);
                }
                case "idxfirst" -> {
                    tx(driver, "absent", absent);
                    tx(driver, "heldIdx", heldIdx);
                    tx(driver, "heldCons", heldCons);
                }
                case "split3" -> {
                    // held indexes first (their population starts at commit), then concurrently: held constraint, absent
                    tx(driver, "heldIdx", heldIdx);
                    var ex = Executors.newFixedThreadPool(2);
                    var f1 = ex.submit(() -> tx(driver, "heldCons", heldCons));
                    var f2 = ex.submit(() -> tx(driver, "absent", absent));
                    f1.get(); f2.get(); ex.shutdown();
                }
                case "conc" -> {
                    // absent concurrently with (held indexes, then held constraint)
                    var ex = Executors.newFixedThreadPool(2);
                    var f2 = ex.submit(() -> tx(driver, "absent", absent));
                    var f1 = ex.submit(() -> { tx(driver, "heldIdx", heldIdx); tx(driver, "heldCons", heldCons); });
                    f1.get(); f2.get(); ex.shutdown();
                }
                case "kernel" -> {
                    var db = dbms.database("neo4j");
                    ktx(db, "absent", absent);
                    ktx(db, "held", held);
                }
                default -> throw new IllegalArgumentException(variant);
            }
            mark("install done");
            try (Session s = driver.session()) { s.run("CALL db.awaitIndexes(86400)").consume(); }
            mark("indexes online");
        }
        long gc = 0; for (var g : ManagementFactory.getGarbageCollectorMXBeans()) gc += g.getCollectionTime();
        System.out.printf("RESULT gc %.2fs%n", gc / 1e3);
        dbms.shutdown();
    }

    static Void tx(Driver driver, String name, List<String> stmts) {
        if (stmts.isEmpty()) return null;
        long[] consNanos = {0}, idxNanos = {0};
        long w = System.nanoTime(), c = cpu();
        try (Session s = driver.session()) {
            s.executeWriteWithoutResult(tx -> {
                for (String st : stmts) {
                    long t = System.nanoTime();
                    tx.run(st).consume();
                    if (st.contains("CONSTRAINT")) consNanos[0] += System.nanoTime() - t; else idxNanos[0] += System.nanoTime() - t;
                }
            });
        }
        mark(String.format("tx %s (%d stmts) %.2fs (constraints %.2fs, indexes %.2fs, commit %.2fs) cpu %.2f", name, stmts.size(),
                (System.nanoTime() - w) / 1e9, consNanos[0] / 1e9, idxNanos[0] / 1e9, (System.nanoTime() - w - consNanos[0] - idxNanos[0]) / 1e9, (cpu() - c) / 1e9));
        return null;
    }

    static final java.util.regex.Pattern CONS = java.util.regex.Pattern.compile("CREATE CONSTRAINT (\\w+) IF NOT EXISTS FOR \\(n:(\\w+)\\) REQUIRE n\\.(\\w+) IS UNIQUE");
    static final java.util.regex.Pattern NIDX = java.util.regex.Pattern.compile("CREATE INDEX (\\w+) IF NOT EXISTS FOR \\(n:(\\w+)\\) ON \\(n\\.(\\w+)\\)");
    static final java.util.regex.Pattern FT = java.util.regex.Pattern.compile("CREATE FULLTEXT INDEX (\\w+) IF NOT EXISTS FOR \\(n:(\\w+)\\) ON EACH \\[(.*)\\]");
    static final java.util.regex.Pattern RIDX = java.util.regex.Pattern.compile("CREATE INDEX (\\w+) IF NOT EXISTS FOR \\(\\)-\\[r:(\\w+)\\]-\\(\\) ON \\(r\\.(\\w+)\\)");
    static void ktx(org.neo4j.graphdb.GraphDatabaseService db, String name, List<String> stmts) {
        long w = System.nanoTime(), c = cpu();
        try (var tx = db.beginTx()) {
            var schema = tx.schema();
            for (String st : stmts) {
                java.util.regex.Matcher m;
                if ((m = CONS.matcher(st)).matches()) schema.constraintFor(org.neo4j.graphdb.Label.label(m.group(2))).assertPropertyIsUnique(m.group(3)).withName(m.group(1)).create();
                else if ((m = NIDX.matcher(st)).matches()) schema.indexFor(org.neo4j.graphdb.Label.label(m.group(2))).on(m.group(3)).withName(m.group(1)).create();
                else if ((m = FT.matcher(st)).matches()) { var b = schema.indexFor(org.neo4j.graphdb.Label.label(m.group(2))); for (String p : m.group(3).split(", ")) b = b.on(p.substring(2)); b.withIndexType(org.neo4j.graphdb.schema.IndexType.FULLTEXT).withName(m.group(1)).create(); }
                else if ((m = RIDX.matcher(st)).matches()) schema.indexFor(org.neo4j.graphdb.RelationshipType.withName(m.group(2))).on(m.group(3)).withName(m.group(1)).create();
                else throw new IllegalArgumentException(st);
            }
            tx.commit();
        }
        mark(String.format("ktx %s (%d stmts) %.2fs cpu %.2f", name, stmts.size(), (System.nanoTime() - w) / 1e9, (cpu() - c) / 1e9));
    }

    static boolean heldBy(String st, Set<String> labels, Set<String> types) {
        for (String l : labels) if (st.contains("(n:" + l + ")")) return true;
        for (String t : types) if (st.contains("[r:" + t + "]")) return true;
        return false;
    }
}
