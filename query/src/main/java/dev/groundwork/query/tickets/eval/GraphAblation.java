package dev.groundwork.query.tickets.eval;

import dev.groundwork.query.eval.QueryScores;
import dev.groundwork.query.eval.RankingMetrics;
import dev.groundwork.query.tickets.Candidates;
import dev.groundwork.query.tickets.RetrievalPart;
import dev.groundwork.query.tickets.TicketRetriever;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ablation of the graph method's structural parts: every query's evidence is gathered once with all
 * {@link RetrievalPart}s, then ranked under the given weights and under each of them with one part switched (an "on"
 * part off, an "off" part on), so that the table of what each part adds costs one pass. MRR per configuration on the odd
 * half, the even half and all queries.
 *
 * <pre>{@code
 * Map<String, Object> table = GraphAblation.run(benchmark, retriever, TicketRetriever.Weights.DEFAULTS);
 * }</pre>
 */
public final class GraphAblation {
    private GraphAblation() {}

    /** The MRR of {@code weights} and of each one-part change of it, by configuration name ("defaults", "without X", "with X"). */
    public static Map<String, Object> run(DuplicateBenchmark benchmark, TicketRetriever retriever, TicketRetriever.Weights weights) {
        Map<String, BenchmarkTicket> byId = new java.util.HashMap<>();
        benchmark.tickets().forEach(t -> byId.put(t.id(), t));
        List<String> ids = benchmark.queryIds();
        List<Candidates> evidence = new ArrayList<>();
        for (String id : ids) {
            evidence.add(GraphRanker.evidence(retriever, byId.get(id), EnumSet.allOf(RetrievalPart.class)));
        }
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("defaults", mrr(benchmark, ids, evidence, weights));
        for (RetrievalPart p : RetrievalPart.values()) {
            boolean on = weights.parts().contains(p);
            TicketRetriever.Weights changed = on ? weights.without(Set.of(p)) : weights.with(Set.of(p));
            table.put((on ? "without " : "with ") + p.optionName(), mrr(benchmark, ids, evidence, changed));
        }
        TicketRetriever.Weights bare = weights.without(EnumSet.allOf(RetrievalPart.class));
        table.put("bm25+dense only", mrr(benchmark, ids, evidence, bare));
        table.put("all parts", mrr(benchmark, ids, evidence, weights.with(EnumSet.allOf(RetrievalPart.class))));
        return table;
    }

    private static Map<String, Object> mrr(DuplicateBenchmark benchmark, List<String> ids, List<Candidates> evidence,
                                           TicketRetriever.Weights w) {
        List<QueryScores> odd = new ArrayList<>();
        List<QueryScores> even = new ArrayList<>();
        List<QueryScores> all = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            List<String> ranking = evidence.get(i).rank(w, GraphTuning.DEPTH).stream().map(TicketRetriever.Scored::key).toList();
            QueryScores s = RankingMetrics.score(ranking, benchmark.relevant(ids.get(i)));
            (BenchmarkReport.isTuningQuery(ids.get(i)) ? odd : even).add(s);
            all.add(s);
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("odd", round(odd));
        o.put("even", round(even));
        o.put("all", round(all));
        o.put("parts", w.parts().stream().map(RetrievalPart::optionName).sorted().toList());
        return o;
    }

    private static double round(List<QueryScores> scores) {
        return scores.isEmpty() ? 0 : Math.round(RankingMetrics.mean(scores).mean().reciprocalRank() * 10_000) / 10_000.0;
    }
}
