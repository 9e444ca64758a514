package dev.groundwork.api.llm;

import dev.groundwork.api.ask.AskResult;
import dev.groundwork.graph.model.Answer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The answer {@code ask} returns once its text is written: by the extractive composer, or by a model
 * and then checked against the evidence. Immutable.
 *
 * <pre>{@code
 * CheckedAnswer a = writer.write(asker.ask("Who won the World Cup in 2014?", null, 3));
 * System.out.println(a.composer() + ": " + a.answer().text() + " " + a.warnings());
 * }</pre>
 *
 * @param result the routed result; its answer holds the final text, all citations offered (so that
 *               {@code [n]} still points at {@code citations[n-1]}), the evidence and the Cypher
 * @param composer {@value #EXTRACTIVE} or {@value #LLM}: who wrote the text
 * @param removedCitations citation numbers the model wrote that are not in the evidence, removed from the text
 * @param warnings what the check removed or dropped, or why the model's answer was replaced by the extractive one
 */
public record CheckedAnswer(AskResult result, String composer, List<Integer> removedCitations, List<String> warnings) {
    /** The text was composed from the evidence without a model. */
    public static final String EXTRACTIVE = "extractive";
    /** A model wrote the text from the evidence. */
    public static final String LLM = "llm";

    public CheckedAnswer {
        Objects.requireNonNull(result, "result");
        if (!Set.of(EXTRACTIVE, LLM).contains(composer)) {
            throw new IllegalArgumentException("composer must be " + EXTRACTIVE + " or " + LLM + ", got " + composer);
        }
        removedCitations = List.copyOf(removedCitations);
        warnings = List.copyOf(warnings);
    }

    /** The extractive answer, unchanged, with {@code warnings} (empty, or why the model was not used). */
    static CheckedAnswer extractive(AskResult result, List<String> warnings) {
        return new CheckedAnswer(result, EXTRACTIVE, List.of(), warnings);
    }

    public Answer answer() {
        return result.answer();
    }

    /** The fields of the GraphQL type {@code Answer} as {@code ask} returns them (also the JSON of /ask/stream's answer event). */
    public Map<String, Object> fields() {
        Answer a = result.answer();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("text", a.text());
        out.put("citations", a.citations());
        out.put("evidence", a.evidence());
        out.put("cypher", a.cypher());
        out.put("confidence", a.confidence());
        out.put("timings", a.timings());
        out.put("routing", Map.of("domains", result.domains(), "routes", result.routes(), "answered", result.answered()));
        out.put("composer", composer);
        out.put("removedCitations", removedCitations);
        out.put("warnings", warnings);
        if (result.grounding() != null) {
            out.put("grounding", result.grounding());
        }
        return out;
    }
}
