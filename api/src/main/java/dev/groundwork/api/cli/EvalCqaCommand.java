package dev.groundwork.api.cli;

import dev.groundwork.query.cqa.ComplexQueryAnswerer;
import dev.groundwork.query.cqa.CqaEvaluation;
import dev.groundwork.query.cqa.CqaMetrics;
import dev.groundwork.query.cqa.CqdaCalibration;
import dev.groundwork.query.cqa.LabeledQuery;
import dev.groundwork.query.cqa.QueryType;
import dev.groundwork.query.cqa.SearchProfile;
import dev.groundwork.query.linkprediction.LinkPredictor;
import dev.groundwork.query.linkprediction.Triple;
import dev.groundwork.query.linkprediction.TripleSplits;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code groundwork eval cqa}: CQD and CQD-A side by side on labelled complex queries. */
@Command(name = "cqa", mixinStandardHelpOptions = true,
        footer = "--json: {\"systems\": {\"cqd\": {\"types\": {...}}, \"cqda\": ...}}.",
        description = "Filtered MRR and Hits@1/3/10 per query type of CQD beam search, and of CQD-A when a calibration is found"
                + " (each hard answer ranked among all entities, the query's other answers removed); latency p50/p95 per type.")
final class EvalCqaCommand implements Runnable {
    @Mixin
    TrainedModelOptions trained;

    @Option(names = "--queries", required = true, paramLabel = "FILE", description = "Labelled queries, JSON lines (.gz allowed).")
    Path queries;

    @Option(names = "--calibration", paramLabel = "FILE", description = "CQD-A layer (default: beside the model, m.model -> m.cqa, if present).")
    Path calibration;

    @Option(names = "--sample", description = "Evaluate at most N queries of each type, drawn at random with --seed (default: all).")
    Integer sample;

    @Option(names = "--types", split = ",", paramLabel = "TYPE", description = "Evaluate only these query types, e.g. 2i,3i (default: all in the file).")
    List<String> types;

    @Mixin
    SeedOption seed;

    @Mixin
    CqaOptions search;

    @Mixin
    Output output;

    @Override
    public void run() {
        if (sample != null && sample <= 0) {
            throw new dev.groundwork.graph.BadInputException("--sample must be positive, got " + sample);
        }
        LinkPredictor predictor = trained.predictor();
        Path layerFile = calibration != null ? calibration : CqdaCalibration.besideModel(trained.model);
        CqdaCalibration layer = calibration != null || Files.isRegularFile(layerFile) ? CqdaCalibration.load(layerFile) : null;
        TripleSplits splits = trained.splits();
        List<Triple> observed = new ArrayList<>(splits.train());
        observed.addAll(splits.valid());
        ComplexQueryAnswerer answerer = ComplexQueryAnswerer.of(predictor, observed, layer);
        List<LabeledQuery> evaluated = sampled(LabeledQuery.read(queries));
        var err = output.err();
        CommandLine.ParseResult parsed = output.parsed();
        SearchProfile cqd = search.profile(trained.model, false, parsed);
        err.println("evaluating " + evaluated.size() + " queries with " + (cqd.perType().isEmpty() ? "beam " + cqd.fallback().beam()
                + ", t-norm " + cqd.fallback().tnorm() + ", squash " + cqd.fallback().squash() : "per-type settings " + cqd.describe())
                + (layer == null ? "; no CQD-A calibration at " + layerFile : "; CQD-A from " + layerFile));
        Map<String, Object> systems = new LinkedHashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        systems.put("cqd", system(answerer.evaluate(evaluated, cqd), "cqd", rows));
        if (layer != null) {
            systems.put("cqda", system(answerer.evaluate(evaluated, search.profile(trained.model, true, parsed)), "cqda", rows));
        }
        var out = output.out();
        Console.table(out, List.of("system", "type", "n", "mrr", "hits1", "hits3", "hits10", "p50_ms", "p95_ms"), rows);
        if (output.json()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("systems", systems);
            o.put("beam", cqd.fallback().beam());
            o.put("tnorm", cqd.fallback().tnorm().name().toLowerCase(Locale.ROOT));
            o.put("settings", cqd.describe());
            Console.json(out, o);
        }
    }

    private List<LabeledQuery> sampled(List<LabeledQuery> read) {
        List<LabeledQuery> all = read;
        if (types != null) {
            Set<QueryType> wanted = types.stream().map(QueryType::of).collect(Collectors.toSet());
            all = read.stream().filter(q -> wanted.contains(q.type())).toList();
        }
        if (sample == null) {
            return all;
        }
        Map<String, List<LabeledQuery>> byType = new LinkedHashMap<>();
        all.forEach(q -> byType.computeIfAbsent(q.type().label(), k -> new ArrayList<>()).add(q));
        List<LabeledQuery> out = new ArrayList<>();
        Random random = new Random(seed.value());
        for (List<LabeledQuery> group : byType.values()) {
            List<LabeledQuery> copy = new ArrayList<>(group);
            Collections.shuffle(copy, random);
            out.addAll(copy.subList(0, Math.min(sample, copy.size())));
        }
        return out;
    }

    private static Map<String, Object> system(CqaEvaluation e, String name, List<Map<String, Object>> rows) {
        Map<String, Object> types = new LinkedHashMap<>();
        e.types().forEach((type, m) -> {
            types.put(type, metrics(m));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("system", name);
            row.put("type", type);
            row.putAll(metrics(m));
            rows.add(row);
        });
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("types", types);
        o.put("queries_per_second", round(e.queriesPerSecond(), 1));
        return o;
    }

    private static Map<String, Object> metrics(CqaMetrics m) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("n", m.n());
        o.put("mrr", round(m.mrr(), 4));
        o.put("hits1", round(m.hits1(), 4));
        o.put("hits3", round(m.hits3(), 4));
        o.put("hits10", round(m.hits10(), 4));
        o.put("p50_ms", round(m.p50Ms(), 2));
        o.put("p95_ms", round(m.p95Ms(), 2));
        return o;
    }

    private static double round(double x, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(x * f) / f;
    }
}
