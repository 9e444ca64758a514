package dev.groundwork.api.cli;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.bulk.ImportFiles;
import dev.groundwork.ingest.commonsense.CommonsenseIngest;
import dev.groundwork.query.linkprediction.TripleSplits;
import dev.groundwork.query.linkprediction.exchange.TrainerExchange;
import dev.groundwork.query.linkprediction.exchange.TrainerFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code groundwork export}: writes the graph in other tools' formats. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Write the graph in other tools' formats.",
        subcommands = {ExportCommand.Triples.class, ExportCommand.Neo4jImport.class})
final class ExportCommand extends CommandGroup {

    @Command(name = "triples", mixinStandardHelpOptions = true,
            footer = "--json: {files, entities, relations, triples, next_step}.",
            description = "Write the graph's observed triples (or --triples DIR) with id maps in the layout a distributed trainer reads:"
                    + " dglke (entities.dict, relations.dict, id triples for --format udd_hrt), pbg (name triples and a config.py"
                    + " for torchbiggraph_import_from_tsv), tsv (train.txt, valid.txt, test.txt). Prints the command to run there.")
    static final class Triples extends StoreCommand {
        @Option(names = "--format", required = true, description = "dglke, pbg or tsv.")
        TrainerFormat format;

        @Parameters(paramLabel = "DIR", description = "Directory to write into (created if missing).")
        Path dir;

        @Option(names = "--triples", paramLabel = "DIR", description = "Export these TSV splits instead of the graph.")
        Path triples;

        @Mixin
        GraphEdgeOptions edges;

        @Mixin
        SeedOption seed;

        @Mixin
        ModelTypeOption modelType;

        @Option(names = "--dim", defaultValue = "400", description = "Embedding dimension of the suggested training (default: ${DEFAULT-VALUE}).")
        int dim;

        @Override
        public void run() {
            TripleSplits data;
            if (triples != null) {
                if (edges.filtered()) {
                    throw new BadInputException("--labels and --types select graph edges; they do not apply with --triples");
                }
                data = TripleSplits.readDirectory(triples);
            } else {
                data = store.using(s -> edges.splits(s, seed.value()));
            }
            TrainerExchange.Export e = TrainerExchange.exportTriples(data, format, dir, modelType.type, dim);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("files", e.files().stream().map(Path::toString).toList());
            o.put("entities", e.entities());
            o.put("relations", e.relations());
            o.put("triples", e.triples());
            o.put("next_step", e.nextStep());
            output.print(o, out -> out.printf("wrote %d files (%,d entities, %,d relations, %s triples) to %s%nnext: %s%n",
                    e.files().size(), e.entities(), e.relations(), e.triples(), dir, e.nextStep()));
        }
    }

    @Command(name = "neo4j-import", mixinStandardHelpOptions = true,
            description = "Turn commonsense input files (the formats of 'ingest commonsense') into node and relationship CSVs with"
                    + " header files in the 'neo4j-admin database import' format, holding the graph 'ingest commonsense --bulk' would"
                    + " load, for a Neo4j server Groundwork cannot import into itself. Prints the command to run there.",
            footer = "--json: {files, command}.")
    static final class Neo4jImport implements Runnable {
        @Mixin
        CommonsenseInputOptions input;

        @Option(names = "--database", defaultValue = "neo4j", description = "Database named in the printed command (default: ${DEFAULT-VALUE}).")
        String database;

        @Mixin
        Output output;

        @Parameters(arity = "2..*", paramLabel = "PATH... DIR", description = "The input files, read in order as one run, then the"
                + " directory to write into (created if missing).")
        java.util.List<Path> paths;

        @Override
        public void run() {
            Path dir = paths.getLast();
            ImportFiles files = CommonsenseIngest.exportImportFiles(CommonsenseIngest.Format.parse(input.ingestor().format()),
                    paths.subList(0, paths.size() - 1), input.options(CommonsenseIngest.DEFAULT_CHUNK),
                    CommonsenseInputOptions.progress(output.err()), dir);
            java.util.List<String> written = files.paths().stream().map(Path::toString).toList();
            String command = files.command(database);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("files", written);
            o.put("command", command);
            output.print(o, out -> out.printf("wrote %d files to %s; on the server, with the database stopped, run:%n%s%n",
                    written.size(), dir, command));
        }
    }
}
