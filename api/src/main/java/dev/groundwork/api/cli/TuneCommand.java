package dev.groundwork.api.cli;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.query.cqa.ComplexQueryAnswerer;
import dev.groundwork.query.cqa.LabeledQuery;
import dev.groundwork.query.cqa.QueryGenerator;
import dev.groundwork.query.cqa.SearchProfile;
import dev.groundwork.query.linkprediction.LinkPredictor;
import dev.groundwork.query.linkprediction.TripleSplits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code groundwork tune}: chooses settings on validation data. */
@Command(name = "tune", mixinStandardHelpOptions = true, description = "Choose settings on validation data.",
        subcommands = {TuneCommand.Cqa.class})
final class TuneCommand extends CommandGroup {

    @Command(name = "cqa", mixinStandardHelpOptions = true,
            footer = "--json: {\"out\": ..., \"queries\": n, \"settings\": {type: {beam, tnorm, squash}}}.",
            description = "Choose CQD's beam, t-norm and squashing per query type on validation queries (generated from the valid split,"
                    + " observed graph = train), as the CQD authors do; writes m.cqd.json beside the model, which eval cqa, ask --query"
                    + " and GraphQL then use.")
    static final class Cqa implements Runnable {
        @Mixin
        TrainedModelOptions trained;

        @Mixin
        QueryGenerationOptions generated = new QueryGenerationOptions(200, ALL_QUERY_TYPES);

        @Option(names = "--beams", split = ",", defaultValue = "16", description = "Beams to try (default: ${DEFAULT-VALUE}).")
        List<Integer> beams;

        @Option(names = "--out", paramLabel = "FILE", description = "Where to write the profile (default: beside the model, m.model -> m.cqd.json).")
        Path out;

        @Mixin
        Output output;

        @Override
        public void run() {
            if (generated.n <= 0) {
                throw new BadInputException("--n must be positive, got " + generated.n);
            }
            long t0 = System.nanoTime();
            TripleSplits splits = trained.splits();
            LinkPredictor predictor = trained.predictor();
            List<LabeledQuery> validation = generated.generate(splits, QueryGenerator.Purpose.VALID);
            var err = output.err();
            err.println("choosing per-type settings on " + validation.size() + " validation queries, " + SearchProfile.grid(beams).size()
                    + " settings each");
            // Validation queries' easy answers lie on train: train is the graph they are asked over.
            ComplexQueryAnswerer answerer = ComplexQueryAnswerer.of(predictor, splits.train(), null);
            SearchProfile profile = SearchProfile.select(answerer, validation, SearchProfile.grid(beams));
            Path target = out == null ? SearchProfile.besideModel(trained.model) : out;
            profile.write(target);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("out", target.toString());
            o.put("queries", validation.size());
            o.put("settings", profile.describe());
            o.put("seconds", Console.secondsSince(t0));
            output.print(o, w -> w.println("Wrote " + target + ": " + profile.describe()));
        }
    }
}
