package dev.groundwork.graph.bulk;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.ConfigurationException;
import dev.groundwork.graph.UnavailableException;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.store.StoreConfig;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads {@link ImportFiles} into an empty embedded store with Neo4j's parallel importer (the engine of
 * {@code neo4j-admin database import full}), run in this process while the store is closed. The
 * importer writes the store files directly, without transactions, so it only creates a database: the
 * store must hold no nodes and no relationships (its schema does not matter; {@link GraphStore#open}
 * installs the ontology's constraints and indexes again afterwards, and they are built then).
 *
 * <p>Stateless and thread-safe, but one import per data directory at a time; nothing may have the
 * directory open while it runs.
 *
 * <pre>{@code
 * BulkImport.requireEmpty(config);
 * BulkImport.run(config, files, System.err);
 * try (GraphStore store = GraphStore.open(config)) { ... }
 * }</pre>
 */
public final class BulkImport {
    /** The database the embedded store serves. */
    static final String DATABASE = "neo4j";
    private static final String COUNT_NODES = "MATCH (n) RETURN count(n) AS n";
    private static final String COUNT_RELATIONSHIPS = "MATCH ()-[r]->() RETURN count(r) AS n";

    private BulkImport() {}

    /**
     * Checks that {@code config} names an embedded store that no server holds and that has no nodes
     * and no relationships (a data directory that does not exist yet is empty).
     *
     * @throws BadInputException naming {@code --db} or {@code --neo4j-uri} and why otherwise
     */
    public static void requireEmpty(StoreConfig config) {
        if (!config.embedded()) {
            throw new BadInputException("--bulk: --neo4j-uri " + config.uri() + " is a remote server, and the importer writes"
                    + " store files directly; write import files with 'groundwork export neo4j-import' and run the command it prints there");
        }
        if (!Files.isDirectory(config.dataDir().resolve("data").resolve("databases").resolve(DATABASE))) {
            return;
        }
        long[] counts;
        try (GraphStore store = GraphStore.open(config)) {
            if (store.mode() != GraphStore.Mode.EMBEDDED) {
                throw new BadInputException("--bulk: --db " + config.dataDir() + " is held by a running 'groundwork serve'; the"
                        + " importer needs the store closed; stop the server first");
            }
            counts = store.read(tx -> new long[] {tx.run(COUNT_NODES).single().get("n").asLong(),
                    tx.run(COUNT_RELATIONSHIPS).single().get("n").asLong()});
        }
        if (counts[0] > 0 || counts[1] > 0) {
            throw new BadInputException("--bulk: --db " + config.dataDir() + " is not empty (" + counts[0] + " nodes, " + counts[1]
                    + " relationships); the importer can only create a new database; ingest without --bulk, or choose an empty --db");
        }
    }

    /**
     * Runs the importer on {@code files} into the store of {@code config}, replacing its (empty)
     * database. The importer's own report goes to {@code log}.
     *
     * @throws UnavailableException when the import fails; the message holds the importer's explanation
     */
    public static void run(StoreConfig config, ImportFiles files, PrintStream log) {
        if (!config.embedded()) {
            throw new ConfigurationException("the bulk importer writes an embedded store's files; --neo4j-uri " + config.uri()
                    + " is a server: run 'neo4j-admin database import' there");
        }
        Path home = config.dataDir();
        Path conf = home.resolve("conf");
        Path report = home.resolve("logs").resolve("import-report.txt");
        try {
            Files.createDirectories(conf);
            Files.createDirectories(report.getParent());
        } catch (IOException e) {
            throw new ConfigurationException("data directory " + home + " is not writable (" + e.getMessage() + "); choose another with --db DIR", e);
        }
        List<String> args = new ArrayList<>(files.arguments());
        args.add("--overwrite-destination=true");
        args.add("--report-file=" + report);
        args.add(DATABASE);
        // The importer prints a progress bar per stage; keep it for an error message, and pass it to the caller's log.
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(new Tee(captured, log), true, StandardCharsets.UTF_8);
        int rc;
        try (var fs = new DefaultFileSystemAbstraction()) {
            var command = new ImportCommand.Full(new ExecutionContext(home, conf, out, out, fs));
            rc = new CommandLine(command).setOut(new java.io.PrintWriter(out, true)).setErr(new java.io.PrintWriter(out, true))
                    .execute(args.toArray(String[]::new));
        }
        out.flush();
        if (rc != 0) {
            String text = captured.toString(StandardCharsets.UTF_8);
            throw new UnavailableException("the bulk import into " + home + " failed (exit code " + rc + "): "
                    + text.substring(Math.max(0, text.length() - 2000)).strip());
        }
    }

    /** Copies what is written to two streams; the second may be null. */
    private static final class Tee extends java.io.OutputStream {
        private final java.io.OutputStream first;
        private final java.io.OutputStream second;

        Tee(java.io.OutputStream first, java.io.OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            if (second != null) {
                second.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            if (second != null) {
                second.write(b, off, len);
            }
        }
    }
}
