package dev.groundwork.query.cqa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The filtered ranking protocol of Query2Box/BetaE: each hard answer is ranked among all entities
 * with the query's other answers removed; ties count half (the mean rank of the tied group), as in
 * the link predictor's evaluation. Stateless.
 */
final class FilteredRanks {
    private FilteredRanks() {}

    /** {@code {mrr, hits1, hits3, hits10}} of one query, averaged over its hard answers. */
    static double[] metrics(float[] scores, int[] answers, int[] hard) {
        boolean[] answer = new boolean[scores.length];
        for (int a : answers) {
            answer[a] = true;
        }
        for (int h : hard) {
            answer[h] = true;
        }
        double[] sum = new double[4];
        for (int h : hard) {
            float s = scores[h];
            long better = 0;
            long tied = 0;
            for (int e = 0; e < scores.length; e++) {
                if (!answer[e]) {
                    if (scores[e] > s || Float.isNaN(s)) {
                        better++;
                    } else if (scores[e] == s) {
                        tied++;
                    }
                }
            }
            double rank = 1 + better + tied / 2.0;
            sum[0] += 1 / rank;
            sum[1] += rank <= 1 ? 1 : 0;
            sum[2] += rank <= 3 ? 1 : 0;
            sum[3] += rank <= 10 ? 1 : 0;
        }
        for (int i = 0; i < 4; i++) {
            sum[i] /= Math.max(1, hard.length);
        }
        return sum;
    }

    /** Per type: means of the four metrics, latency p50/p95 and n; then "all" (type means averaged). */
    static Map<String, CqaMetrics> summarise(Map<String, List<double[]>> perType) {
        Map<String, CqaMetrics> out = new LinkedHashMap<>();
        List<Double> allLatencies = new ArrayList<>();
        double[] typeMean = new double[4];
        for (Map.Entry<String, List<double[]>> e : perType.entrySet()) {
            List<double[]> rows = e.getValue();
            double[] mean = new double[4];
            double[] latencies = new double[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                double[] r = rows.get(i);
                for (int j = 0; j < 4; j++) {
                    mean[j] += r[j] / rows.size();
                }
                latencies[i] = r[4];
                allLatencies.add(r[4]);
            }
            for (int j = 0; j < 4; j++) {
                typeMean[j] += mean[j] / perType.size();
            }
            out.put(e.getKey(), metrics(mean, latencies));
        }
        if (!perType.isEmpty()) {
            out.put("all", metrics(typeMean, allLatencies.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        return out;
    }

    private static CqaMetrics metrics(double[] mean, double[] latencies) {
        double[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new CqaMetrics(mean[0], mean[1], mean[2], mean[3], percentile(sorted, 0.50), percentile(sorted, 0.95), sorted.length);
    }

    // Nearest rank.
    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
