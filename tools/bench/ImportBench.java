import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The parse and import stages of a bulk load, apart: if FILES does not exist, generates 3,000,000 ConceptNet edges
 * into FILES.csv.gz (seed 42, unless that file exists) and writes their import files into FILES with
 * {@code CommonsenseIngest.exportImportFiles} (the bulk load's parse stage), printing its wall and process CPU time;
 * then, for each VARIANT, runs Neo4j's importer on those files into a new store under /tmp/importbench-N with the
 * variant's extra importer arguments ({@code -} for none, e.g. {@code --verbose} for the importer's stage times),
 * printing the same. Not part of the product: a measurement (docs/commonsense.md, "Bulk load, fourth pass"), run from
 * the repository root after ./mvnw package:
 *
 * CP="api/target/groundwork.jar:api/target/lib/*"; javac -d target/importbench -cp "$CP" tools/bench/ImportBench.java
 * java --add-opens java.base/java.nio=ALL-UNNAMED --add-opens java.base/java.io=ALL-UNNAMED \
 *   --add-opens java.base/sun.nio.ch=ALL-UNNAMED --add-opens java.base/java.lang=ALL-UNNAMED \
 *   --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -XX:+UseParallelGC \
 *   -cp "target/importbench:$CP" ImportBench FILES VARIANT...
 */
public class ImportBench {
    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static void main(String[] a) throws Exception {
        Path files = Path.of(a[0]);
        if (!Files.exists(files)) {
            Path dump = Path.of(a[0] + ".csv.gz");
            if (!Files.exists(dump)) {
                dev.groundwork.ingest.commonsense.synthetic.ConceptNetDumpGenerator.write(dump, 3_000_000, 42);
            }
            long w = System.nanoTime(), c = cpu();
            var f = dev.groundwork.ingest.commonsense.CommonsenseIngest.exportImportFiles(
                    dev.groundwork.ingest.commonsense.CommonsenseIngest.Format.CONCEPTNET, List.of(dump),
                    dev.groundwork.ingest.IngestOptions.DEFAULTS, dev.groundwork.ingest.IngestProgress.NONE, files);
            System.out.printf("RESULT export wall %.2f cpu %.2f%n", (System.nanoTime() - w) / 1e9, (cpu() - c) / 1e9);
            // The printed command, one argument a line.
            Files.write(files.resolve("args.txt"), f.command("neo4j").lines().map(s -> s.replace(" \\", "").strip()).toList());
        }
        List<String> base = Files.readAllLines(files.resolve("args.txt")).stream()
                .map(s -> s.startsWith("'") ? s.substring(1, s.length() - 1) : s).filter(s -> s.startsWith("--")).toList();
        for (int i = 1; i < a.length; i++) {
            List<String> args = new ArrayList<>(base);
            if (!a[i].equals("-")) {
                args.addAll(Arrays.asList(a[i].split(" ")));
            }
            Path home = Files.createTempDirectory("importbench-" + i + "-");
            Files.createDirectories(home.resolve("conf"));
            args.addAll(List.of("--overwrite-destination=true", "--report-file=" + home.resolve("report.txt"), "neo4j"));
            long w = System.nanoTime(), c = cpu();
            int rc;
            try (var fs = new DefaultFileSystemAbstraction()) {
                rc = new CommandLine(new ImportCommand.Full(new ExecutionContext(home, home.resolve("conf"), System.out, System.err, fs)))
                        .execute(args.toArray(String[]::new));
            }
            System.out.printf("RESULT %s rc %d wall %.2f cpu %.2f (store %s)%n", a[i], rc, (System.nanoTime() - w) / 1e9, (cpu() - c) / 1e9, home);
        }
    }
}
