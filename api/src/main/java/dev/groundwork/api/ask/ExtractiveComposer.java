package dev.groundwork.api.ask;

import dev.groundwork.graph.model.Answer;
import dev.groundwork.graph.model.Citation;
import dev.groundwork.graph.model.Subgraph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the domains' extractive answers into one: texts in routing order, each prefixed with its
 * domain when there are several, citation numbers shifted so that {@code [n]} still points at the
 * n-th citation; evidence is the union. No model, deterministic.
 */
final class ExtractiveComposer {
    static final String UNANSWERABLE = "Cannot answer: no graph of Groundwork holds what this question asks about.";
    private static final Pattern MARK = Pattern.compile("\\[(\\d+)]");

    private ExtractiveComposer() {}

    static Answer compose(Map<String, Answer> answers, double routingMs, double totalMs) {
        Map<String, Double> timings = new LinkedHashMap<>();
        timings.put("routing_ms", routingMs);
        timings.put("total_ms", totalMs);
        if (answers.isEmpty()) {
            return new Answer(UNANSWERABLE, List.of(), Subgraph.EMPTY, "", 0, timings);
        }
        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        Subgraph evidence = Subgraph.EMPTY;
        List<String> cypher = new ArrayList<>();
        double confidence = 0;
        for (Map.Entry<String, Answer> e : answers.entrySet()) {
            Answer a = e.getValue();
            int offset = citations.size();
            String part = answers.size() == 1 ? a.text() : e.getKey() + ": " + shift(a.text(), offset);
            text.append(text.isEmpty() ? "" : "\n").append(part);
            citations.addAll(a.citations());
            evidence = evidence.union(a.evidence());
            if (!a.cypher().isEmpty()) {
                cypher.add(a.cypher().strip());
            }
            confidence += a.confidence() / answers.size();
            a.timings().forEach((k, v) -> timings.put(e.getKey() + "." + k, v));
        }
        return new Answer(text.toString(), citations, evidence, String.join("\n;\n", cypher), confidence, timings);
    }

    /** Adds {@code offset} to every citation mark {@code [n]} of {@code text}. */
    static String shift(String text, int offset) {
        if (offset == 0) {
            return text;
        }
        Matcher m = MARK.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, "[" + (Integer.parseInt(m.group(1)) + offset) + "]");
        }
        return m.appendTail(sb).toString();
    }
}
