package dev.groundwork.query.tickets;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code identifiers of the tickets' text as a field of their own, ranked by BM25: dotted names (configuration keys
 * such as {@code dfs.namenode.name.dir}, packages, hosts), paths and URLs, CamelCase class names ({@code DataNode}),
 * camelCase members ({@code getFileStatus}) and versions ({@code 3.3.1}). Two reports of one problem name the same
 * classes, keys and files, often in words that BM25 over prose splits apart or stems.
 *
 * <p>Immutable once built, so thread-safe. Lifetime: one {@link TicketGraph} snapshot.
 *
 * <pre>{@code
 * Identifiers ids = Identifiers.of(Map.of("HADOOP-1", "DataNode fails on dfs.datanode.data.dir"), 1);
 * double s = ids.score(Identifiers.counts("dfs.datanode.data.dir is ignored"), "HADOOP-1");
 * }</pre>
 */
final class Identifiers {
    private static final Pattern IDENTIFIER = Pattern.compile(
            "(?:[A-Za-z_][\\w-]*\\.){2,}[A-Za-z_][\\w-]*"
                    + "|[\\w.-]*/[\\w./-]+"
                    + "|\\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+\\b"
                    + "|\\b[a-z]+[A-Z]\\w*\\b"
                    + "|\\b\\d+\\.\\d+(?:\\.\\d+)+\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    // BM25's usual constants (Robertson et al.), the same as the section index's; not tuned.
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final Map<String, Map<String, Integer>> termFrequencies;
    private final Map<String, Integer> documentFrequency;
    private final double averageLength;
    private final int tickets;

    private Identifiers(Map<String, Map<String, Integer>> termFrequencies, int tickets) {
        this.termFrequencies = termFrequencies;
        this.tickets = Math.max(1, tickets);
        Map<String, Integer> df = new HashMap<>();
        long total = 0;
        for (Map<String, Integer> tf : termFrequencies.values()) {
            tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
            total += tf.values().stream().mapToInt(Integer::intValue).sum();
        }
        this.documentFrequency = df;
        this.averageLength = termFrequencies.isEmpty() ? 1 : Math.max(1.0, (double) total / termFrequencies.size());
    }

    /** The identifiers of each ticket's text, keyed by ticket; {@code tickets} counts every ticket, with identifiers or not. */
    static Identifiers of(Map<String, String> textByTicket, int tickets) {
        Map<String, Map<String, Integer>> tf = new HashMap<>();
        textByTicket.forEach((key, text) -> {
            Map<String, Integer> counts = counts(text);
            if (!counts.isEmpty()) {
                tf.put(key, counts);
            }
        });
        return new Identifiers(tf, tickets);
    }

    /** The identifiers of {@code text}, lower-cased, with how often each occurs. */
    static Map<String, Integer> counts(String text) {
        Map<String, Integer> out = new HashMap<>();
        Matcher m = IDENTIFIER.matcher(text == null ? "" : text);
        while (m.find()) {
            out.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return out;
    }

    /** BM25 of {@code ticket}'s identifiers for a question's identifier counts; 0 when they share none. */
    double score(Map<String, Integer> question, String ticket) {
        Map<String, Integer> tf = termFrequencies.get(ticket);
        if (tf == null || question.isEmpty()) {
            return 0;
        }
        double length = tf.values().stream().mapToInt(Integer::intValue).sum();
        double score = 0;
        for (Map.Entry<String, Integer> q : question.entrySet()) {
            Integer f = tf.get(q.getKey());
            if (f != null) {
                int df = documentFrequency.get(q.getKey());
                double idf = Math.log(1 + (tickets - df + 0.5) / (df + 0.5));
                score += q.getValue() * idf * f * (K1 + 1) / (f + K1 * (1 - B + B * length / averageLength));
            }
        }
        return score;
    }
}
