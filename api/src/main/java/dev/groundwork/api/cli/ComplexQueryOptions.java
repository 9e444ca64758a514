package dev.groundwork.api.cli;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.NotFoundException;
import dev.groundwork.query.cqa.Answer;
import dev.groundwork.query.cqa.ComplexQueryAnswerer;
import dev.groundwork.query.cqa.CqdaCalibration;
import dev.groundwork.query.cqa.ExplainedEdge;
import dev.groundwork.query.cqa.Query;
import dev.groundwork.query.cqa.QueryType;
import dev.groundwork.query.cqa.SearchOptions;
import dev.groundwork.query.linkprediction.LinkPredictor;
import dev.groundwork.query.linkprediction.Triple;
import dev.groundwork.query.linkprediction.TripleSplits;
import dev.groundwork.query.triples.GraphTriples;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code ask --query FILE}: a complex logical query answered with CQD, answers and explanations printed. */
final class ComplexQueryOptions {
    @Option(names = "--query", paramLabel = "FILE", description = "A complex logical query as a JSON tree (entity, rel/inverse/of, and, or, not); --limit is then the number"
            + " of answers to print (default: 10).")
    Path query;

    @Option(names = {"--model", "--linkpred-model"}, paramLabel = "FILE",
            description = "--query: the link-prediction model (or groundwork.linkpred.model); a CQD-A layer beside it (m.cqa) is used.")
    Path model;

    @Option(names = "--triples", paramLabel = "DIR",
            description = "--query: train.txt and valid.txt hold the observed edges (default: the graph in --db).")
    Path triples;

    @Option(names = "--uncalibrated", description = "--query: plain CQD even when a CQD-A layer is present.")
    boolean uncalibrated;

    @Mixin
    CqaOptions search;

    void ask(StoreOptions store, int k, Output output) {
        if (model == null) {
            throw new BadInputException("--query needs --model FILE (or groundwork.linkpred.model): a model written by 'train linkpred'");
        }
        Query q;
        try {
            q = Query.parse(read(query));
        } catch (BadInputException e) {
            throw new BadInputException(query + ": " + e.getMessage());
        }
        LinkPredictor predictor = LinkPredictor.load(model);
        Path layerFile = CqdaCalibration.besideModel(model);
        CqdaCalibration layer = !uncalibrated && Files.isRegularFile(layerFile) ? CqdaCalibration.load(layerFile) : null;
        ComplexQueryAnswerer answerer = ComplexQueryAnswerer.of(predictor, observed(store), layer);
        SearchOptions options = search.profile(model, layer != null, output.parsed()).forType(QueryType.of(q));
        List<Answer> answers = answerer.answer(q, options, k);
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", QueryType.of(q).label());
        o.put("calibrated", layer != null);
        o.put("answers", answers);
        output.print(o, out -> print(out, q, layer != null, answers));
    }

    private static void print(PrintWriter out, Query q, boolean calibrated, List<Answer> answers) {
        out.printf("%s query, %s%n", QueryType.of(q).label(), calibrated ? "CQD-A" : "CQD");
        int rank = 1;
        for (Answer a : answers) {
            out.printf(Locale.ROOT, "%2d. %s  %.4f%n", rank++, a.entity(), a.score());
            for (ExplainedEdge e : a.explanation()) {
                out.printf(Locale.ROOT, "      %s(%s, %s, %s) %s %.4f%n", e.negated() ? "NOT " : "", e.head(), e.relation(), e.tail(),
                        e.observed() ? "observed" : "predicted", e.score());
            }
        }
        out.flush();
    }

    private List<Triple> observed(StoreOptions store) {
        List<Triple> edges = new ArrayList<>();
        if (triples != null) {
            TripleSplits splits = TripleSplits.readDirectory(triples);
            edges.addAll(splits.train());
            edges.addAll(splits.valid());
            return edges;
        }
        return store.using(s -> {
            GraphTriples.read(s, GraphTriples.Filter.ALL, t -> edges.add(new Triple(t.head(), t.relation(), t.tail())));
            return edges;
        });
    }

    private static String read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("query file " + file + " does not exist");
        }
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }
}
