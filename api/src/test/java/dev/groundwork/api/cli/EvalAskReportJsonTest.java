package dev.groundwork.api.cli;

import dev.groundwork.api.ask.AskEvaluation;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code eval ask --json} prints the report's keys in their contract's names and order, NaN included. */
class EvalAskReportJsonTest {
    @Test
    void theReportsJsonIsTheKeysEvalAskPrintedByHand() {
        Map<String, Double> byKind = new LinkedHashMap<>();
        byKind.put("sports", 1.0);
        byKind.put("cross", 0.5);
        AskEvaluation.Report r = new AskEvaluation.Report(114, 0.99, Double.NaN, 528, byKind, 0.75, List.of("q -> [tickets]"),
                12.5, 0.9, 40, List.of("miss"));

        StringWriter text = new StringWriter();
        Console.json(new PrintWriter(text), Console.toMap(r));

        assertThat(text.toString().strip()).isEqualTo("{\"routing_accuracy\":0.99,\"citation_precision\":\"NaN\",\"n\":114,"
                + "\"citations\":528,\"routing_by_kind\":{\"sports\":1.0,\"cross\":0.5},\"answered_rate\":0.75,\"median_ms\":12.5,"
                + "\"misrouted\":[\"q -> [tickets]\"],\"first_sentence_accuracy\":0.9,\"first_sentence_n\":40,"
                + "\"first_sentence_misses\":[\"miss\"]}");
    }
}
