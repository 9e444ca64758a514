package dev.groundwork.api.llm;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.cypher.CypherRefusedException;
import dev.groundwork.graph.cypher.CypherValidator;
import dev.groundwork.graph.cypher.UserCypher;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a model's answer against the evidence it was given. Every citation mark {@code [n]} (also
 * {@code [1, 3]}) must name one of the {@code citations} numbers; unknown numbers are removed from
 * the text and reported. Every {@code ```cypher} block is taken out of the text and checked by
 * {@link CypherValidator} as model-written Cypher (parsed; read-only by {@code EXPLAIN}; no files,
 * procedures or batches; only names the graph has): only a query it passes is kept; any other is
 * dropped and reported. Nothing the model wrote is ever run. Stateless apart from the
 * store behind {@code cypher}; thread-safe.
 */
final class CitationCheck {
    private static final Pattern MARK = Pattern.compile("\\s?\\[(\\d+(?:\\s*,\\s*\\d+)*)]");
    private static final Pattern CYPHER = Pattern.compile("```\\s*cypher\\s*\\n(.*?)```", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_MARK = Pattern.compile("\\[\\d+]");

    /**
     * A checked answer.
     *
     * @param text the model's text without unknown citation marks and without Cypher blocks
     * @param removed the unknown citation numbers removed, in order of first appearance
     * @param cypher the read-only queries the model proposed
     * @param warnings one line for each thing removed or dropped
     */
    record Result(String text, List<Integer> removed, List<String> cypher, List<String> warnings) {
        Result {
            removed = List.copyOf(removed);
            cypher = List.copyOf(cypher);
            warnings = List.copyOf(warnings);
        }
    }

    private final UserCypher cypher;

    CitationCheck(UserCypher cypher) {
        this.cypher = cypher;
    }

    Result check(String modelText, int citations) {
        List<String> warnings = new ArrayList<>();
        List<String> queries = new ArrayList<>();
        String text = takeCypher(modelText, queries, warnings);
        Set<Integer> removed = new LinkedHashSet<>();
        Matcher m = MARK.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            StringBuilder kept = new StringBuilder();
            for (String id : m.group(1).split("\\s*,\\s*")) {
                int n = parse(id);
                if (n >= 1 && n <= citations) {
                    kept.append('[').append(n).append(']');
                } else {
                    removed.add(n);
                }
            }
            String lead = kept.isEmpty() || !Character.isWhitespace(m.group().charAt(0)) ? "" : m.group().substring(0, 1);
            m.appendReplacement(sb, Matcher.quoteReplacement(lead + kept));
        }
        text = m.appendTail(sb).toString().strip();
        for (int n : removed) {
            warnings.add("removed citation [" + n + "]: the evidence has " + (citations == 0 ? "no citations"
                    : "citations [1] to [" + citations + "] only"));
        }
        if (!ANY_MARK.matcher(text).find() && !text.contains(EvidencePrompt.NOT_ANSWERED)) {
            warnings.add("the model's answer cites no evidence");
        }
        return new Result(text, new ArrayList<>(removed), queries, warnings);
    }

    private static int parse(String id) {
        try {
            return Integer.parseInt(id);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** Removes the Cypher blocks from {@code text}, keeping the read-only queries in {@code queries}. */
    private String takeCypher(String text, List<String> queries, List<String> warnings) {
        Matcher m = CYPHER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String query = m.group(1).strip();
            String refusal = refusal(query);
            if (refusal == null) {
                queries.add(query);
            } else {
                warnings.add("dropped the model's Cypher query, " + refusal + ": " + oneLine(query));
            }
            m.appendReplacement(sb, "");
        }
        return m.appendTail(sb).toString();
    }

    /** Why {@code query} may not be shown, or null when the planner calls it read-only. */
    private String refusal(String query) {
        if (query.isEmpty()) {
            return "it is empty";
        }
        try {
            cypher.validator().check(query, Map.of(), CypherValidator.Rules.GENERATED);
            return null;
        } catch (CypherRefusedException e) {
            return e.getMessage().replaceFirst("^cypher query (is )?", "").replaceFirst("; pass --write to allow writes$", "");
        } catch (BadInputException e) {
            return "not valid Cypher";
        }
    }

    private static String oneLine(String s) {
        String line = s.replaceAll("\\s+", " ");
        return line.length() <= 200 ? line : line.substring(0, 199) + "…";
    }
}
