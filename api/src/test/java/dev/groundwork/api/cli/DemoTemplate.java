package dev.groundwork.api.cli;

import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.store.StoreConfig;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The demo ({@link DemoSetup#prepare}: three samples ingested and a model trained, minutes on a busy machine) prepared
 * once per test JVM into a closed store, and copied into a fresh directory for each test class that needs it, so that no
 * class sees what another wrote. Thread-safe.
 *
 * <pre>{@code
 * DemoTemplate.Copy demo = DemoTemplate.copyInto(dir);
 * try (GraphStore store = demo.store()) { ... demo.first().model() ... }
 * }</pre>
 */
final class DemoTemplate {
    private static Prepared prepared;

    /**
     * The copy of the prepared demo in {@code dir}, its store open (the caller closes it).
     *
     * @param first the first preparation's result, its model path moved into {@code dir}
     * @param progress what the first preparation wrote
     */
    record Copy(GraphStore store, DemoSetup.Result first, String progress) {}

    private record Prepared(Path dir, DemoSetup.Result result, String progress) {}

    private DemoTemplate() {}

    static Copy copyInto(Path dir) throws IOException {
        Prepared p = prepared();
        try (Stream<Path> files = Files.walk(p.dir())) {
            for (Path f : files.toList()) {
                Path target = dir.resolve(p.dir().relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        DemoSetup.Result first = new DemoSetup.Result(dir.resolve(p.dir().relativize(p.result().model()).toString()),
                p.result().stepsDone());
        return new Copy(GraphStore.open(config(dir)), first, p.progress());
    }

    private static synchronized Prepared prepared() throws IOException {
        if (prepared == null) {
            Path dir = Files.createTempDirectory("groundwork-demo-template");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            StringWriter progress = new StringWriter();
            DemoSetup.Result result;
            try (GraphStore store = GraphStore.open(config(dir))) {
                result = DemoSetup.prepare(store, new PrintWriter(progress, true));
            }
            prepared = new Prepared(dir, result, progress.toString());
        }
        return prepared;
    }

    private static StoreConfig config(Path dir) {
        return StoreConfig.builder().dataDir(dir).boltPort(0).pageCacheMebibytes(64).build();
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
