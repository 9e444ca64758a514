package dev.groundwork.api.ask;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.model.Citation;
import dev.groundwork.graph.model.Node;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.query.explore.GraphExplorer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code eval ask}: runs the {@link Asker} on labelled questions and measures routing accuracy (the
 * share of questions whose routed domain set equals the labelled one; {@code none} = the empty set)
 * and citation precision (the share of citations whose node, read back from the graph, exists,
 * carries the cited label and holds every part of the cited snippet among its property values).
 * Stateless; one run at a time per asker.
 *
 * <pre>{@code
 * AskEvaluation.Report r = AskEvaluation.run(store, asker, AskEvaluation.questions(in));
 * }</pre>
 */
public final class AskEvaluation {
    /** The labelled questions shipped with Groundwork. */
    public static final String QUESTIONS = "/ask/eval-questions.tsv";

    /**
     * One labelled question.
     *
     * @param expected the domains that should answer, sorted; empty for an unanswerable question
     * @param text the question
     * @param line where it is in its file
     * @param values what the answer's first sentence must contain (any one of them); empty where no value is labelled
     */
    public record Question(Set<String> expected, String text, int line, List<String> values) {
        public Question {
            expected = Set.copyOf(expected);
            values = List.copyOf(values);
        }
    }

    /**
     * The evaluation's figures.
     *
     * @param n questions asked
     * @param routingAccuracy share routed to exactly the labelled domains
     * @param citationPrecision share of citations whose node holds the cited snippet (NaN without citations)
     * @param citations citations checked
     * @param byKind routing accuracy by kind of question (single domain name, cross, none)
     * @param answeredRate share of answerable questions answered with citations
     * @param misrouted up to 20 misrouted questions with the domains they went to
     * @param medianMillis median time of one {@code ask}
     * @param firstSentenceAccuracy share of answerable questions with a labelled value whose answer's first sentence
     *        contains it and is not a refusal ("Cannot answer ...") (NaN without such questions)
     * @param valued answerable questions with a labelled value
     * @param firstSentenceMisses up to 20 of those whose first sentence misses the value, with that sentence
     *
     * <p>Its JSON (the keys and their order are what {@code eval ask --json} prints, a contract) names each component.
     */
    @JsonPropertyOrder({"routing_accuracy", "citation_precision", "n", "citations", "routing_by_kind", "answered_rate", "median_ms",
            "misrouted", "first_sentence_accuracy", "first_sentence_n", "first_sentence_misses"})
    public record Report(int n, @JsonProperty("routing_accuracy") double routingAccuracy,
                         @JsonProperty("citation_precision") double citationPrecision, int citations,
                         @JsonProperty("routing_by_kind") Map<String, Double> byKind, @JsonProperty("answered_rate") double answeredRate,
                         List<String> misrouted, @JsonProperty("median_ms") double medianMillis,
                         @JsonProperty("first_sentence_accuracy") double firstSentenceAccuracy, @JsonProperty("first_sentence_n") int valued,
                         @JsonProperty("first_sentence_misses") List<String> firstSentenceMisses) {}

    private AskEvaluation() {}

    /**
     * Reads {@code expected<TAB>question[<TAB>value]} lines; {@code #} lines and blank lines are skipped. The optional value
     * holds '|'-separated alternatives, {@code -} for none.
     */
    public static List<Question> questions(InputStream in, String source) {
        List<Question> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in, source), StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 3);
                if (parts.length < 2 || parts[1].isBlank()) {
                    throw new BadInputException(source + " line " + no + ": expected 'domains<TAB>question[<TAB>value]', got '" + line + "'");
                }
                Set<String> expected = parts[0].equals("none") ? Set.of() : new TreeSet<>(Arrays.asList(parts[0].split("\\+")));
                List<String> values = parts.length < 3 || parts[2].isBlank() || parts[2].strip().equals("-") ? List.of()
                        : Arrays.stream(parts[2].split("\\|")).map(String::strip).filter(v -> !v.isEmpty()).toList();
                out.add(new Question(expected, parts[1].strip(), no, values));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + source, e);
        }
        return out;
    }

    /** The shipped questions. */
    public static List<Question> shipped() {
        return questions(AskEvaluation.class.getResourceAsStream(QUESTIONS), QUESTIONS);
    }

    /** Asks every question (k = 3) and scores the routing and the citations. */
    public static Report run(GraphStore store, Asker asker, List<Question> questions) {
        int correct = 0;
        int cited = 0;
        int supported = 0;
        int answerable = 0;
        int answered = 0;
        Map<String, int[]> kinds = new TreeMap<>();
        List<String> misrouted = new ArrayList<>();
        List<Double> millis = new ArrayList<>();
        int valued = 0;
        int firstRight = 0;
        List<String> misses = new ArrayList<>();
        for (Question q : questions) {
            long t0 = System.nanoTime();
            AskResult r = asker.ask(q.text(), null, 3);
            millis.add((System.nanoTime() - t0) / 1e6);
            boolean ok = Set.copyOf(r.domains()).equals(q.expected());
            correct += ok ? 1 : 0;
            int[] kind = kinds.computeIfAbsent(kind(q), k -> new int[2]);
            kind[0] += ok ? 1 : 0;
            kind[1]++;
            if (!ok && misrouted.size() < 20) {
                misrouted.add(q.line() + ": " + q.text() + " -> " + r.domains());
            }
            if (!q.expected().isEmpty()) {
                answerable++;
                answered += r.answered() ? 1 : 0;
                if (!q.values().isEmpty()) {
                    valued++;
                    String first = firstSentence(r.answer().text());
                    boolean hit = !refusal(first) && containsAny(first, q.values());
                    firstRight += hit ? 1 : 0;
                    if (!hit && misses.size() < 20) {
                        misses.add(q.line() + ": " + q.text() + " -> " + first);
                    }
                }
            }
            for (Citation c : r.answer().citations()) {
                cited++;
                supported += holds(store, c) ? 1 : 0;
            }
        }
        Map<String, Double> byKind = new LinkedHashMap<>();
        kinds.forEach((k, v) -> byKind.put(k, (double) v[0] / v[1]));
        millis.sort(Double::compare);
        return new Report(questions.size(), questions.isEmpty() ? Double.NaN : (double) correct / questions.size(),
                cited == 0 ? Double.NaN : (double) supported / cited, cited, byKind,
                answerable == 0 ? Double.NaN : (double) answered / answerable, misrouted,
                millis.isEmpty() ? Double.NaN : millis.get(millis.size() / 2),
                valued == 0 ? Double.NaN : (double) firstRight / valued, valued, misses);
    }

    /**
     * The text up to the first '.', '!' or '?' that ends it or a line, or is followed by white space and an upper-case
     * letter, a digit or a quote ("2.12.2", "e.g. this" and "1–0" stay inside).
     */
    static String firstSentence(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            if (j == text.length()) {
                return text;
            }
            if (!Character.isWhitespace(text.charAt(j))) {
                continue;
            }
            boolean newLine = false;
            while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                newLine |= text.charAt(j) == '\n';
                j++;
            }
            if (j == text.length() || newLine) {
                return text.substring(0, i + 1);
            }
            char next = text.charAt(j);
            if (Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '\u201c') {
                return text.substring(0, i + 1);
            }
        }
        return text;
    }

    /**
     * Whether the sentence declines ("Cannot answer: ...", or "sports: Cannot answer: ..." in a cross-domain answer): a
     * refusal that happens to name the value ("5 matches fit") has not answered.
     */
    static boolean refusal(String sentence) {
        return sentence.replaceFirst("^[a-z]+: ", "").startsWith("Cannot answer");
    }

    /** Whether one of the values occurs as whole words ("8" is not found in "184"). */
    static boolean containsAny(String sentence, List<String> values) {
        String haystack = normalise(sentence);
        for (String v : values) {
            String needle = normalise(v);
            for (int at = haystack.indexOf(needle); at >= 0 && !needle.isEmpty(); at = haystack.indexOf(needle, at + 1)) {
                int end = at + needle.length();
                if ((at == 0 || !Character.isLetterOrDigit(haystack.charAt(at - 1)))
                        && (end == haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String kind(Question q) {
        return q.expected().isEmpty() ? "none" : q.expected().size() > 1 ? "cross" : q.expected().iterator().next();
    }

    /** Whether the cited node exists, has the cited label and holds every part of the snippet. */
    static boolean holds(GraphStore store, Citation c) {
        Node node;
        try {
            node = new GraphExplorer(store).node(c.nodeId());
        } catch (BadInputException e) { // NotFoundException included: no such node
            return false;
        }
        if (!c.label().isEmpty() && !node.labels().contains(c.label())) {
            return false;
        }
        StringBuilder values = new StringBuilder();
        node.properties().forEach((k, v) -> values.append(' ').append(v));
        String haystack = normalise(values.toString());
        for (String part : c.snippet().split(": ")) {
            String needle = normalise(part.endsWith("...") ? part.substring(0, part.length() - 3) : part);
            if (!needle.isEmpty() && !haystack.contains(needle)) {
                return false;
            }
        }
        return true;
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
