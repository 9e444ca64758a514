package dev.groundwork.api.ask;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.embedding.TextEmbedder;
import dev.groundwork.graph.model.Answer;
import dev.groundwork.graph.model.Subgraph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ask(question, domain, k)}: routes a question to the domains whose graph can answer it (or
 * takes the domain given), runs each domain's own retrieval, lets the {@link LinkScores} add
 * predicted edges to the evidence, and composes one extractive answer whose citations all point
 * into the evidence. Deterministic; no model is needed.
 *
 * <p>Thread-safe. Lifetime: one per store; building it loads the embedding model and embeds the
 * router's example questions (a few seconds on first use of the model).
 *
 * <pre>{@code
 * Asker asker = Asker.open(new DomainEngines(store), LinkScores.NONE);
 * AskResult r = asker.ask("Who won the World Cup in 2014?", null, 3);
 * System.out.println(r.domains() + " " + r.answer().text());
 * }</pre>
 */
public final class Asker {
    /** The longest question accepted, in characters. */
    public static final int MAX_QUESTION_CHARS = 2000;
    /** The largest {@code k} accepted. */
    public static final int MAX_K = 20;

    private final Map<String, AnswerDomain> domains;
    private final Router router;
    private final LinkScores links;

    Asker(List<AnswerDomain> domains, Router router, LinkScores links) {
        Map<String, AnswerDomain> byName = new LinkedHashMap<>();
        domains.forEach(d -> byName.put(d.name(), d));
        this.domains = byName;
        this.router = router;
        this.links = links;
    }

    /** The asker over the tickets, sports and commonsense domains of {@code engines}' store. */
    public static Asker open(DomainEngines engines, LinkScores links) {
        List<AnswerDomain> all = List.of(new TicketsDomain(engines), new SportsDomain(engines), new CommonsenseDomain(engines));
        return new Asker(all, new Router(engines.store(), all, TextEmbedder.shared()), links);
    }

    /** The names {@code domain} accepts. */
    public List<String> domains() {
        return List.copyOf(domains.keySet());
    }

    /**
     * Builds what the first question would otherwise wait for: the router's names and examples, and
     * the engine of every domain whose data is loaded. A domain that fails here fails again, with
     * its message, when asked.
     */
    public void warmUp() {
        for (AnswerDomain d : domains.values()) {
            if (router.loaded(d.name())) {
                try {
                    d.answer("warm up " + d.name(), 1);
                } catch (RuntimeException e) {
                    // Reported to whoever asks this domain first.
                }
            }
        }
        router.route("warm up");
    }

    /** Forgets what the router read from the graph (entity names, which domains hold data), after an ingest. */
    public void refresh() {
        router.refresh();
    }

    /**
     * Answers {@code question}.
     *
     * @param domain a domain name, or null to let the router choose
     * @param k the number of top results each domain answers from, 1 to {@value #MAX_K}
     * @throws BadInputException naming the argument when the question is empty or too long, k out of
     *                           range, or the domain unknown
     */
    public AskResult ask(String question, String domain, int k) {
        validate(question, domain, k);
        long t0 = System.nanoTime();
        Router.Decision decision = domain == null ? router.route(question)
                : new Router.Decision(Map.of(domain, question), List.of());
        double routingMs = (System.nanoTime() - t0) / 1e6;
        Map<String, Answer> answers = new LinkedHashMap<>();
        decision.parts().forEach((name, text) -> {
            Answer a = domains.get(name).answer(text, k);
            Subgraph evidence = links.attach(name, a.evidence());
            answers.put(name, evidence == a.evidence() ? a
                    : new Answer(a.text(), a.citations(), evidence, a.cypher(), a.confidence(), a.timings()));
        });
        Answer composed = ExtractiveComposer.compose(answers, routingMs, (System.nanoTime() - t0) / 1e6);
        boolean answered = answers.values().stream().anyMatch(a -> !a.citations().isEmpty());
        return new AskResult(question, List.copyOf(answers.keySet()), decision.routes(), answered, composed);
    }

    private void validate(String question, String domain, int k) {
        if (question == null || question.isBlank()) {
            throw new BadInputException("question must not be empty");
        }
        if (question.length() > MAX_QUESTION_CHARS) {
            throw new BadInputException("question must be at most " + MAX_QUESTION_CHARS + " characters, got " + question.length());
        }
        if (k < 1 || k > MAX_K) {
            throw new BadInputException("k must be between 1 and " + MAX_K + ", got " + k);
        }
        if (domain != null && !domains.containsKey(domain)) {
            throw new BadInputException("domain must be one of " + domains.keySet() + " or omitted, got '" + domain + "'");
        }
    }
}
