package dev.groundwork.query.tickets.eval;

import dev.groundwork.query.eval.QueryScores;
import dev.groundwork.query.eval.RankingMetrics;
import dev.groundwork.query.tickets.Candidates;
import dev.groundwork.query.tickets.TicketRetriever;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the graph method's weights by grid search on the tuning queries (odd issue ids) alone,
 * so that the held-out even queries measure it fairly. The evidence of each query is gathered
 * once; each weighting only re-scores it.
 *
 * <pre>{@code
 * GraphTuning.Outcome t = GraphTuning.tune(benchmark, retriever);
 * }</pre>
 */
public final class GraphTuning {
    private static final double[] BM25 = {0.5, 1.0, 1.5};
    private static final double[] VECTOR = {0.5, 1.0, 1.5, 2.0};
    private static final double[] MENTION = {0, 0.05, 0.1, 0.2};
    private static final double[] LINK = {0, 0.05, 0.1, 0.2};
    private static final int[] SECTIONS = {1, 2, 3};
    static final int DEPTH = 100;

    /**
     * The tuning's result.
     *
     * @param best the weights with the highest MRR on the tuning queries
     * @param tuningMrr that MRR
     * @param tuningQueries how many queries it was tuned on
     * @param combinations how many weightings were tried
     */
    public record Outcome(TicketRetriever.Weights best, double tuningMrr, int tuningQueries, int combinations) {}

    private GraphTuning() {}

    public static Outcome tune(DuplicateBenchmark benchmark, TicketRetriever retriever) {
        Map<String, BenchmarkTicket> byId = new java.util.HashMap<>();
        benchmark.tickets().forEach(t -> byId.put(t.id(), t));
        List<Candidates> evidence = new ArrayList<>();
        List<Set<String>> relevant = new ArrayList<>();
        for (String id : benchmark.queryIds()) {
            if (BenchmarkReport.isTuningQuery(id)) {
                evidence.add(GraphRanker.evidence(retriever, byId.get(id), retriever.weights().parts()));
                relevant.add(benchmark.relevant(id));
            }
        }
        // The grid is of weighted sums; candidates and depth are the retriever's.
        TicketRetriever.Weights base = retriever.weights();
        TicketRetriever.Weights best = null;
        double bestMrr = -1;
        int tried = 0;
        for (double b : BM25) {
            for (double v : VECTOR) {
                for (double m : MENTION) {
                    for (double l : LINK) {
                        for (int s : SECTIONS) {
                            var w = new TicketRetriever.Weights(b, v, m, l, s, base.candidates());
                            double mrr = mrr(evidence, relevant, w);
                            tried++;
                            if (mrr > bestMrr + 1e-9) {
                                bestMrr = mrr;
                                best = w;
                            }
                        }
                    }
                }
            }
        }
        return new Outcome(best, bestMrr, evidence.size(), tried);
    }

    private static double mrr(List<Candidates> evidence, List<Set<String>> relevant, TicketRetriever.Weights w) {
        List<QueryScores> scores = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            List<String> ranking = evidence.get(i).rank(w, DEPTH).stream().map(TicketRetriever.Scored::key).toList();
            scores.add(RankingMetrics.score(ranking, relevant.get(i)));
        }
        return RankingMetrics.mean(scores).mean().reciprocalRank();
    }
}
