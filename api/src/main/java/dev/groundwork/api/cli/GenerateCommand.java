package dev.groundwork.api.cli;

import dev.groundwork.query.cqa.LabeledQuery;
import dev.groundwork.query.cqa.QueryGenerator;
import dev.groundwork.query.linkprediction.TripleSplits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code groundwork generate}: generates data sets from the graph's splits. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Generate data sets.", subcommands = GenerateCommand.Cqa.class)
final class GenerateCommand extends CommandGroup {

    @Command(name = "cqa", mixinStandardHelpOptions = true, footer = "--json: {out, counts}.",
            description = "Generate complex logical queries (BetaE-style) from TSV splits: --split train grounds and answers on train only;"
                    + " --split valid on train + valid, keeping queries whose hard answers need a valid edge (for choosing settings);"
                    + " --split test on train + valid + test, keeping queries whose hard answers need a test edge.")
    static final class Cqa implements Runnable {
        @Option(names = "--triples", required = true, paramLabel = "DIR", description = "train.txt, valid.txt, test.txt.")
        Path triples;

        @Mixin
        QueryGenerationOptions generated = new QueryGenerationOptions(1000, ALL_QUERY_TYPES);

        @Option(names = "--split", defaultValue = "test", description = "train, valid or test (default: ${DEFAULT-VALUE}).")
        QueryGenerator.Purpose split;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "JSON lines to write (.gz compresses).")
        Path out;

        @Mixin
        Output output;

        @Override
        public void run() {
            QueryGenerator.Purpose purpose = split;
            List<LabeledQuery> queries = generated.generate(TripleSplits.readDirectory(triples), purpose);
            LabeledQuery.write(out, queries);
            Map<String, Long> counts = queries.stream().collect(Collectors.groupingBy(q -> q.type().label(), LinkedHashMap::new,
                    Collectors.counting()));
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("out", out.toString());
            o.put("split", purpose.name().toLowerCase(Locale.ROOT));
            o.put("counts", counts);
            output.print(o, w -> w.println("Wrote " + queries.size() + " queries to " + out + ": " + counts));
        }
    }
}
