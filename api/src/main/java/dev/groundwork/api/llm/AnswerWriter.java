package dev.groundwork.api.llm;

import dev.groundwork.api.ask.AskResult;
import dev.groundwork.graph.UnavailableException;
import dev.groundwork.graph.cypher.UserCypher;
import dev.groundwork.graph.model.Answer;
import dev.groundwork.graph.store.GraphStore;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Writes the text of {@code ask}'s answer. With {@link LlmSettings#NONE} it keeps the extractive
 * answer (deterministic, offline). With a provider, a model writes the answer from a prompt that
 * holds only the question and the evidence (citations as {@code [n] label: snippet}, edges as
 * triples with observed/predicted and scores); its text is then checked: unknown citation numbers
 * are removed and listed in {@link CheckedAnswer#removedCitations()}, and a {@code ```cypher} block
 * reaches {@link Answer#cypher()} only when the planner calls it read-only; nothing the model wrote
 * is run. When the model server fails or times out, the extractive answer is returned instead,
 * with a warning saying so. Questions with no citations are not sent to the model.
 *
 * <p>Thread-safe. Lifetime: one per server or command; holds HTTP clients, nothing to close.
 *
 * <pre>{@code
 * AnswerWriter writer = AnswerWriter.open(LlmSettings.of("ollama", "", "llama3.2", "", "60s"), store);
 * CheckedAnswer a = writer.stream(asker.ask("Who won the World Cup in 2014?", null, 3), System.out::print, () -> false);
 * }</pre>
 */
public final class AnswerWriter {
    private final LlmSettings settings;
    /** The model and the check of its text, or null when no model is configured: both or neither. */
    private final Model model;

    private record Model(ChatModels chat, CitationCheck check) {}

    private AnswerWriter(LlmSettings settings, Model model) {
        this.settings = settings;
        this.model = model;
    }

    /** The writer {@code settings} ask for; {@code store} plans the model's Cypher (never runs it). */
    public static AnswerWriter open(LlmSettings settings, GraphStore store) {
        return new AnswerWriter(settings,
                settings.enabled() ? new Model(new ChatModels(settings), new CitationCheck(new UserCypher(store))) : null);
    }

    public LlmSettings settings() {
        return settings;
    }

    /** The answer of {@code result}, written by the model when one is configured. */
    public CheckedAnswer write(AskResult result) {
        if (!asksModel(result)) {
            return CheckedAnswer.extractive(result, List.of());
        }
        return written(result, prompt -> model.chat().complete(prompt));
    }

    /**
     * Like {@link #write}, handing the text to {@code tokens} as the model writes it (the extractive
     * text as one token). The tokens are the model's raw text; the returned answer is the checked one.
     *
     * @param cancelled polled between tokens: true stops reading the model's answer
     */
    public CheckedAnswer stream(AskResult result, Consumer<String> tokens, BooleanSupplier cancelled) {
        if (!asksModel(result)) {
            tokens.accept(result.answer().text());
            return CheckedAnswer.extractive(result, List.of());
        }
        CheckedAnswer a = written(result, prompt -> model.chat().stream(prompt, tokens, cancelled));
        if (a.composer().equals(CheckedAnswer.EXTRACTIVE)) {
            tokens.accept(a.answer().text());
        }
        return a;
    }

    private boolean asksModel(AskResult result) {
        return model != null && !result.answer().citations().isEmpty();
    }

    private CheckedAnswer written(AskResult result, java.util.function.Function<EvidencePrompt, String> complete) {
        Answer extractive = result.answer();
        long t0 = System.nanoTime();
        String text;
        try {
            text = complete.apply(EvidencePrompt.of(result.question(), extractive));
        } catch (UnavailableException e) {
            LoggerFactory.getLogger(AnswerWriter.class).warn("{}; answering extractively", e.getMessage());
            return CheckedAnswer.extractive(result, List.of(e.getMessage() + "; this is the extractive answer"));
        }
        double modelMs = (System.nanoTime() - t0) / 1e6;
        CitationCheck.Result checked = model.check().check(text, extractive.citations().size());
        List<String> cypher = new ArrayList<>();
        if (!extractive.cypher().isEmpty()) {
            cypher.add(extractive.cypher());
        }
        cypher.addAll(checked.cypher());
        Map<String, Double> timings = new HashMap<>(extractive.timings());
        timings.put("llm_ms", modelMs);
        Answer answer = new Answer(checked.text(), extractive.citations(), extractive.evidence(), String.join("\n;\n", cypher),
                extractive.confidence(), timings);
        AskResult written = result.withAnswer(answer);
        return new CheckedAnswer(written, CheckedAnswer.LLM, checked.removed(), checked.warnings());
    }
}
