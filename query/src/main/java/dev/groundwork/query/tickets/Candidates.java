package dev.groundwork.query.tickets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The evidence for one question, before weighting: for every candidate ticket its sections' BM25
 * scores, its embedding similarity, its shared-mention score and its links to other candidates.
 * Scoring it under different {@link TicketRetriever.Weights} needs no new search, which is how the
 * weights are tuned. Immutable.
 */
public final class Candidates {
    /** Sectioned evidence: the question's title against ticket titles, its body against the other sections. */
    static final int TITLE_BM25 = 0;
    static final int BODY_BM25 = 1;
    static final int TITLE_DENSE = 2;
    static final int BODY_DENSE = 3;
    private static final int SECTIONED = 4;

    private final List<String> keys;
    private final List<double[]> sectionBm25;
    private final double[] vector;
    private final double[] mention;
    private final List<int[]> links;
    private final List<double[]> linkScores;
    private final double[][] sectioned;

    Candidates(List<String> keys, List<double[]> sectionBm25, double[] vector, double[] mention, List<int[]> links,
               List<double[]> linkScores, double[][] sectioned) {
        this.sectioned = sectioned;
        this.keys = keys;
        this.sectionBm25 = sectionBm25;
        this.vector = vector;
        this.mention = mention;
        this.links = links;
        this.linkScores = linkScores;
    }

    /** The candidates ranked under {@code w}, best first, at most {@code k}. */
    public List<TicketRetriever.Scored> rank(TicketRetriever.Weights w, int k) {
        return w.fused() ? fused(w.parts(), k) : weighted(w, k);
    }

    /**
     * Reciprocal-rank fusion: each evidence ranks the candidates it has (score above 0), and a ticket scores the sum of
     * 1 / (k + rank) over them, k fixed at {@value TicketRetriever#RRF_K}. Neighbours rank by the fused scores of the
     * tickets linked to them, weighted by the link's score, and add their own term.
     */
    private List<TicketRetriever.Scored> fused(java.util.Set<RetrievalPart> parts, int k) {
        int n = keys.size();
        double[] bestBm25 = new double[n];
        for (int i = 0; i < n; i++) {
            double[] s = sectionBm25.get(i);
            bestBm25[i] = s.length == 0 ? 0 : s[0];
        }
        double[] base = new double[n];
        addRanks(base, bestBm25);
        addRanks(base, vector);
        if (parts.contains(RetrievalPart.SECTION_MATCH)) {
            for (double[] evidence : sectioned) {
                addRanks(base, evidence);
            }
        }
        if (parts.contains(RetrievalPart.MENTIONS)) {
            addRanks(base, mention);
        }
        double[] link = new double[n];
        for (int i = 0; i < n; i++) {
            int[] to = links.get(i);
            for (int j = 0; j < to.length; j++) {
                link[i] += linkScores.get(i)[j] * base[to[j]];
            }
        }
        double[] score = base.clone();
        if (parts.contains(RetrievalPart.NEIGHBOURS)) {
            addRanks(score, link);
        }
        List<TicketRetriever.Scored> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new TicketRetriever.Scored(keys.get(i), score[i],
                    Map.of("bm25", bestBm25[i], "vector", vector[i], "mention", mention[i], "link", link[i])));
        }
        return top(out, k);
    }

    /** Adds 1 / (k + rank) of each candidate with evidence above 0 to {@code into}, rank 1 for the highest evidence. */
    private static void addRanks(double[] into, double[] evidence) {
        Integer[] order = new Integer[evidence.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(evidence[b], evidence[a]));
        for (int r = 0; r < order.length && evidence[order[r]] > 0; r++) {
            into[order[r]] += 1.0 / (TicketRetriever.RRF_K + r + 1);
        }
    }

    private static List<TicketRetriever.Scored> top(List<TicketRetriever.Scored> out, int k) {
        out.sort(Comparator.comparingDouble(TicketRetriever.Scored::score).reversed().thenComparing(TicketRetriever.Scored::key));
        return out.subList(0, Math.min(k, out.size()));
    }

    private List<TicketRetriever.Scored> weighted(TicketRetriever.Weights w, int k) {
        int n = keys.size();
        double[] bm25 = new double[n];
        double best = 0;
        for (int i = 0; i < n; i++) {
            double[] s = sectionBm25.get(i);
            for (int j = 0; j < Math.min(w.sectionsSummed(), s.length); j++) {
                bm25[i] += s[j];
            }
            best = Math.max(best, bm25[i]);
        }
        double[] base = new double[n];
        for (int i = 0; i < n; i++) {
            bm25[i] = best == 0 ? 0 : bm25[i] / best;
            base[i] = w.bm25() * bm25[i] + w.vector() * vector[i];
        }
        List<TicketRetriever.Scored> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double link = 0;
            int[] to = links.get(i);
            for (int j = 0; j < to.length; j++) {
                link += linkScores.get(i)[j] * base[to[j]];
            }
            double score = base[i] + w.mention() * mention[i] + w.link() * link;
            out.add(new TicketRetriever.Scored(keys.get(i), score,
                    Map.of("bm25", bm25[i], "vector", vector[i], "mention", mention[i], "link", link)));
        }
        return top(out, k);
    }

    /** Collects evidence per ticket key, then freezes it. Not thread-safe. */
    static final class Builder {
        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> keys = new ArrayList<>();
        private final List<List<Double>> bm25 = new ArrayList<>();
        private final List<Double> vector = new ArrayList<>();
        private final List<double[]> sectioned = new ArrayList<>();

        private int slot(String key) {
            return index.computeIfAbsent(key, k -> {
                keys.add(k);
                bm25.add(new ArrayList<>());
                vector.add(0.0);
                sectioned.add(new double[SECTIONED]);
                return keys.size() - 1;
            });
        }

        void bm25(String key, double score) {
            bm25.get(slot(key)).add(score);
        }

        /** The best score of {@code key}'s sections for sectioned evidence {@code which}. */
        void sectioned(int which, String key, double score) {
            double[] s = sectioned.get(slot(key));
            s[which] = Math.max(s[which], score);
        }

        void vector(String key, double score) {
            int i = slot(key);
            vector.set(i, vector.get(i) + score);
        }

        Candidates build(TicketGraph graph, java.util.Set<String> askedMentions, java.util.Set<String> excluded) {
            int n = keys.size();
            List<double[]> sections = new ArrayList<>(n);
            double[] vec = new double[n];
            double[] men = new double[n];
            List<int[]> links = new ArrayList<>(n);
            List<double[]> scores = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                sections.add(bm25.get(i).stream().sorted(Comparator.reverseOrder()).mapToDouble(Double::doubleValue).toArray());
                vec[i] = vector.get(i);
                for (String m : askedMentions) {
                    if (graph.mentions(keys.get(i)).contains(m)) {
                        men[i] += graph.idf(m);
                    }
                }
                List<TicketGraph.Link> ls = graph.links(keys.get(i)).stream()
                        .filter(l -> !excluded.contains(l.other()) && index.containsKey(l.other())).toList();
                links.add(ls.stream().mapToInt(l -> index.get(l.other())).toArray());
                scores.add(ls.stream().mapToDouble(TicketGraph.Link::score).toArray());
            }
            double[][] bySource = new double[SECTIONED][n];
            for (int i = 0; i < n; i++) {
                for (int e = 0; e < SECTIONED; e++) {
                    bySource[e][i] = sectioned.get(i)[e];
                }
            }
            return new Candidates(List.copyOf(keys), sections, vec, men, links, scores, bySource);
        }
    }
}
