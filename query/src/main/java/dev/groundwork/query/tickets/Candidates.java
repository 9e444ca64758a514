package dev.groundwork.query.tickets;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The evidence for one question, before weighting: for every candidate ticket its sections' BM25
 * scores and its whole text's, its embedding similarity to each of the question's texts, its shared-mention and shared-identifier scores,
 * how near in time to the question's ticket it was filed, and its links to other candidates.
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
    private final double[] wholeBm25;
    private final double[] vector;
    private final double[][] dense;
    private final double[] mention;
    private final double[] identifier;
    private final List<int[]> links;
    private final List<double[]> linkScores;
    private final double[][] sectioned;
    private final double[] nearness;

    Candidates(List<String> keys, List<double[]> sectionBm25, double[] wholeBm25, double[] vector, double[][] dense, double[] mention,
               double[] identifier, List<int[]> links, List<double[]> linkScores, double[][] sectioned, double[] nearness) {
        this.wholeBm25 = wholeBm25;
        this.nearness = nearness;
        this.dense = dense;
        this.identifier = identifier;
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
     * Fusion of standardised scores (CombSUM of z-scores), nothing weighted: each evidence's scores over all candidates
     * are brought to mean 0 and standard deviation 1, and a ticket scores their sum. Unlike reciprocal-rank fusion it keeps
     * how far a ticket leads: a title found at cosine 0.9 where the next is at 0.6 counts for more than a close second.
     * A candidate a truncated search did not return scores the lowest the search returned; a candidate without a sparse
     * evidence (shared mentions, identifiers, links) scores 0 for it. The lexical evidence is the whole ticket's BM25 when
     * {@link RetrievalPart#WHOLE_TICKET} is on, else its best section's. Nearness in time is a dense evidence: a candidate
     * whose filing time is unknown counts as the farthest, and a question without one gets nothing. Neighbours add the standardised sum of the linked
     * tickets' positive fused scores, weighted by the link's score. The candidates are the tickets the question's BM25 or
     * dense searches returned, whatever parts are on, so that switching a part changes the scores and not the pool the
     * z-scores are taken over (a ticket only section-match found is left out).
     */
    private List<TicketRetriever.Scored> fused(java.util.Set<RetrievalPart> parts, int k) {
        int n = keys.size();
        double[] bestBm25 = new double[n];
        for (int i = 0; i < n; i++) {
            double[] s = sectionBm25.get(i);
            bestBm25[i] = s.length == 0 ? Double.NaN : s[0];
        }
        boolean[] pool = new boolean[n];
        boolean wholeFound = false;
        for (int i = 0; i < n; i++) {
            pool[i] = !Double.isNaN(bestBm25[i]) || !Double.isNaN(wholeBm25[i]);
            wholeFound |= !Double.isNaN(wholeBm25[i]);
            for (double[] d : dense) {
                pool[i] |= !Double.isNaN(d[i]);
            }
        }
        // An index written before whole-ticket documents existed has none: its sections' BM25 stands in until a reindex.
        double[] lexical = parts.contains(RetrievalPart.WHOLE_TICKET) && wholeFound ? wholeBm25 : bestBm25;
        double[] base = new double[n];
        addStandardised(base, lexical, pool);
        for (double[] d : dense) {
            addStandardised(base, d, pool);
        }
        if (parts.contains(RetrievalPart.SECTION_MATCH)) {
            for (double[] evidence : sectioned) {
                addStandardised(base, evidence, pool);
            }
        }
        if (parts.contains(RetrievalPart.MENTIONS)) {
            addStandardised(base, mention, pool);
        }
        if (parts.contains(RetrievalPart.IDENTIFIERS)) {
            addStandardised(base, identifier, pool);
        }
        if (parts.contains(RetrievalPart.NEAR_IN_TIME)) {
            addStandardised(base, nearness, pool);
        }
        double[] link = new double[n];
        for (int i = 0; i < n; i++) {
            int[] to = links.get(i);
            for (int j = 0; j < to.length; j++) {
                link[i] += linkScores.get(i)[j] * Math.max(0, base[to[j]]);
            }
        }
        double[] score = base.clone();
        if (parts.contains(RetrievalPart.NEIGHBOURS)) {
            addStandardised(score, link, pool);
        }
        List<TicketRetriever.Scored> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (!pool[i]) {
                continue;
            }
            out.add(new TicketRetriever.Scored(keys.get(i), score[i], Map.of("bm25", Double.isNaN(lexical[i]) ? 0 : lexical[i],
                    "vector", vector[i], "mention", mention[i], "identifier", identifier[i], "link", link[i])));
        }
        return top(out, k);
    }

    /**
     * Adds the z-score of each pooled candidate's {@code evidence}, taken over the pool, to {@code into}; NaN marks a
     * candidate the evidence's search did not return, read as the lowest score it returned. Evidence with no spread adds
     * nothing.
     */
    private static void addStandardised(double[] into, double[] evidence, boolean[] pool) {
        int n = evidence.length;
        double floor = Double.POSITIVE_INFINITY;
        int pooled = 0;
        for (int i = 0; i < n; i++) {
            if (pool[i]) {
                pooled++;
                if (!Double.isNaN(evidence[i])) {
                    floor = Math.min(floor, evidence[i]);
                }
            }
        }
        if (floor == Double.POSITIVE_INFINITY) {
            return;
        }
        double[] x = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            x[i] = Double.isNaN(evidence[i]) ? floor : evidence[i];
            mean += pool[i] ? x[i] : 0;
        }
        mean /= pooled;
        double variance = 0;
        for (int i = 0; i < n; i++) {
            variance += pool[i] ? (x[i] - mean) * (x[i] - mean) : 0;
        }
        double sd = Math.sqrt(variance / pooled);
        if (sd == 0) {
            return;
        }
        for (int i = 0; i < n; i++) {
            into[i] += pool[i] ? (x[i] - mean) / sd : 0;
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
        private final int texts;
        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> keys = new ArrayList<>();
        private final List<List<Double>> bm25 = new ArrayList<>();
        private final List<Double> wholeBm25 = new ArrayList<>();
        private final List<double[]> dense = new ArrayList<>();
        private final List<double[]> sectioned = new ArrayList<>();
        private Instant filed;

        /** A builder for a question embedded as {@code texts} texts (its title and body, or one text). */
        Builder(int texts) {
            this.texts = texts;
        }

        private int slot(String key) {
            return index.computeIfAbsent(key, k -> {
                keys.add(k);
                bm25.add(new ArrayList<>());
                wholeBm25.add(Double.NaN);
                double[] d = new double[texts];
                java.util.Arrays.fill(d, Double.NaN);
                dense.add(d);
                double[] e = new double[SECTIONED];
                java.util.Arrays.fill(e, Double.NaN);
                sectioned.add(e);
                return keys.size() - 1;
            });
        }

        void bm25(String key, double score) {
            bm25.get(slot(key)).add(score);
        }

        /** When the question's ticket was filed: candidates are then also scored by how near in time they were filed. */
        void filed(Instant when) {
            filed = when;
        }

        /** The BM25 score of {@code key}'s whole-ticket document. */
        void wholeBm25(String key, double score) {
            wholeBm25.set(slot(key), score);
        }

        /** The best score of {@code key}'s sections for sectioned evidence {@code which}. */
        void sectioned(int which, String key, double score) {
            double[] s = sectioned.get(slot(key));
            s[which] = Double.isNaN(s[which]) ? score : Math.max(s[which], score);
        }

        /** The best cosine of {@code key}'s sections to the question's text {@code which}. */
        void dense(int which, String key, double cosine) {
            double[] d = dense.get(slot(key));
            d[which] = Double.isNaN(d[which]) ? cosine : Math.max(d[which], cosine);
        }

        Candidates build(TicketGraph graph, java.util.Set<String> askedMentions, Map<String, Integer> askedIdentifiers,
                         java.util.Set<String> excluded) {
            int n = keys.size();
            List<double[]> sections = new ArrayList<>(n);
            double[] vec = new double[n];
            double[][] byText = new double[texts][n];
            double[] men = new double[n];
            double[] ids = new double[n];
            double[] near = new double[n];
            List<int[]> links = new ArrayList<>(n);
            List<double[]> scores = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                sections.add(bm25.get(i).stream().sorted(Comparator.reverseOrder()).mapToDouble(Double::doubleValue).toArray());
                for (int t = 0; t < texts; t++) {
                    byText[t][i] = dense.get(i)[t];
                    // The weighted sum reads the mean cosine over the texts, a text that did not find the ticket as 0.
                    vec[i] += Double.isNaN(byText[t][i]) ? 0 : byText[t][i] / texts;
                }
                for (String m : askedMentions) {
                    if (graph.mentions(keys.get(i)).contains(m)) {
                        men[i] += graph.idf(m);
                    }
                }
                ids[i] = graph.identifiers().score(askedIdentifiers, keys.get(i));
                near[i] = filed == null ? Double.NaN : graph.created(keys.get(i))
                        .map(c -> -Math.log1p(Math.abs(Duration.between(c, filed).toSeconds()) / 86_400.0)).orElse(Double.NaN);
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
            return new Candidates(List.copyOf(keys), sections, wholeBm25.stream().mapToDouble(Double::doubleValue).toArray(), vec, byText,
                    men, ids, links, scores, bySource, near);
        }
    }
}
