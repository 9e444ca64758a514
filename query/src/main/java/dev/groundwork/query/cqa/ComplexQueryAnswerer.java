package dev.groundwork.query.cqa;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.query.linkprediction.LinkPredictor;
import dev.groundwork.query.linkprediction.Triple;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers complex logical queries ({@link Query}) over an incomplete graph with CQD beam search
 * (Arakelyan et al. 2021) on a frozen {@link LinkPredictor}, optionally with the CQD-A calibration
 * of every atom score ({@link CqdaCalibration}, Arakelyan et al. 2023). The observed graph (e.g.
 * train + valid) only marks explanation edges as observed or predicted; answers come from the
 * model's scores.
 *
 * <p>Immutable and thread-safe: any number of threads may answer with one instance. It holds an
 * index of the observed edges (about 24 bytes an edge) beside the model.
 *
 * <pre>{@code
 * ComplexQueryAnswerer cqd = ComplexQueryAnswerer.of(LinkPredictor.load(Path.of("m.model")), observed, null);
 * List<Answer> top = cqd.answer(Query.parse(json), SearchOptions.defaults(), 10);
 * CqaEvaluation e = cqd.evaluate(LabeledQuery.read(Path.of("queries-test.jsonl.gz")), SearchOptions.defaults());
 * }</pre>
 */
public final class ComplexQueryAnswerer {
    private static final int WARM_UP = 20;

    private final LinkPredictor model;
    private final KnownGraph observed;
    private final CqdaCalibration calibration;

    private ComplexQueryAnswerer(LinkPredictor model, KnownGraph observed, CqdaCalibration calibration) {
        this.model = model;
        this.observed = observed;
        this.calibration = calibration;
    }

    /**
     * @param observed the edges that count as observed in explanations (names the model does not know are skipped)
     * @param calibration the CQD-A layer, or null for plain CQD
     * @throws BadInputException if the calibration was trained for another model
     */
    public static ComplexQueryAnswerer of(LinkPredictor model, List<Triple> observed, CqdaCalibration calibration) {
        if (calibration != null) {
            calibration.requireFits(model);
        }
        List<Triple> known = observed.stream().filter(t -> knows(model, t)).toList();
        return new ComplexQueryAnswerer(model, KnownGraph.of(known, model.entityCount(), model.relationCount(),
                model::entityId, model::relationId), calibration);
    }

    private static boolean knows(LinkPredictor model, Triple t) {
        try {
            model.entityId(t.head());
            model.entityId(t.tail());
            model.relationId(t.relation());
            return true;
        } catch (BadInputException e) {
            return false;
        }
    }

    /** Whether a CQD-A calibration is loaded. */
    public boolean calibrated() {
        return calibration != null;
    }

    /**
     * The {@code top} best answers with their explanations.
     *
     * @throws BadInputException naming an unknown entity or relation, if {@code top} is not positive,
     *                           or if calibrated search is asked without a calibration
     */
    public List<Answer> answer(Query query, SearchOptions options, int top) {
        if (top <= 0) {
            throw new BadInputException("k must be positive, got " + top);
        }
        BeamSearch.Node root = search(IdQuery.resolve(query, model), options);
        List<Answer> answers = new ArrayList<>();
        for (int id : LinkPredictor.topIds(root.scores(), top)) {
            answers.add(new Answer(model.entityName(id), root.scores()[id], explanation(root, id)));
        }
        return answers;
    }

    /**
     * Filtered MRR and Hits@k per type, latency percentiles and throughput, searching queries one
     * after the other (each search uses all cores for its products), after an untimed warm-up on
     * the first 20 queries.
     *
     * @throws BadInputException naming the first query that names something the model does not know
     */
    public CqaEvaluation evaluate(List<LabeledQuery> queries, SearchOptions options) {
        return evaluate(queries, SearchProfile.uniform(options));
    }

    /** As {@link #evaluate(List, SearchOptions)}, each query searched with its type's settings. */
    public CqaEvaluation evaluate(List<LabeledQuery> queries, SearchProfile profile) {
        Map<String, List<double[]>> perType = new LinkedHashMap<>();
        // Untimed warm-up, so that latencies are the compiled code's, not the JIT's.
        for (LabeledQuery q : queries.subList(0, Math.min(WARM_UP, queries.size()))) {
            search(IdQuery.resolve(q.query(), model), profile.forType(q.type()));
        }
        long start = System.nanoTime();
        for (LabeledQuery q : queries) {
            IdQuery resolved = IdQuery.resolve(q.query(), model);
            SearchOptions options = profile.forType(q.type());
            long t0 = System.nanoTime();
            float[] scores = search(resolved, options).scores();
            double ms = (System.nanoTime() - t0) / 1e6;
            double[] ranks = FilteredRanks.metrics(scores, ids(q.answers()), ids(q.hardAnswers()));
            perType.computeIfAbsent(q.type().label(), k -> new ArrayList<>()).add(new double[] {ranks[0], ranks[1], ranks[2], ranks[3], ms});
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new CqaEvaluation(FilteredRanks.summarise(perType), queries.size() / Math.max(seconds, 1e-9), seconds);
    }

    private int[] ids(List<String> names) {
        return names.stream().mapToInt(model::entityId).toArray();
    }

    private BeamSearch.Node search(IdQuery query, SearchOptions options) {
        if (options.calibrated() && calibration == null) {
            throw new BadInputException("calibrated search needs a CQD-A calibration; train one with train cqa or search uncalibrated");
        }
        return new BeamSearch(model, calibration, options).run(query);
    }

    private List<ExplainedEdge> explanation(BeamSearch.Node root, int target) {
        List<int[]> edges = new ArrayList<>();
        List<float[]> values = new ArrayList<>();
        BeamSearch.explain(root, target, false, edges, values);
        List<ExplainedEdge> out = new ArrayList<>(edges.size());
        for (int i = 0; i < edges.size(); i++) {
            int[] e = edges.get(i);
            out.add(new ExplainedEdge(model.entityName(e[0]), model.relationName(e[1]), model.entityName(e[2]),
                    observed.contains(e[0], e[1], e[2]), values.get(i)[0], e[3] == 1));
        }
        return out;
    }
}
