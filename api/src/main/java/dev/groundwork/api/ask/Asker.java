package dev.groundwork.api.ask;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.embedding.TextEmbedder;
import dev.groundwork.graph.model.Answer;
import dev.groundwork.graph.model.Subgraph;
import dev.groundwork.query.commonsense.CommonsenseGrounding;
import dev.groundwork.query.commonsense.CommonsenseGrounding.Request;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code ask(question, domain, k)}, the one ask path: GraphQL {@code ask}, {@code GET /ask/stream}
 * and the command line's {@code groundwork ask} (with or without {@code --domain}) all call it. It
 * routes a question to the domains whose graph can answer it (or takes the domain given), runs each
 * domain's own retrieval, lets the {@link LinkScores} add predicted edges to the evidence, and
 * composes one extractive answer whose citations all point into the evidence; on request
 * ({@link Paths}) it adds the grounding paths of the domains that have them. Deterministic; no model
 * is needed. The domains are those of {@link #DOMAINS}.
 *
 * <p>Thread-safe. Lifetime: one per store; building it loads the embedding model and embeds the
 * router's example questions (a few seconds on first use of the model).
 *
 * <pre>{@code
 * Asker asker = Asker.open(new DomainEngines(store), LinkScores.NONE);
 * AskResult r = asker.ask("Who won the World Cup in 2014?", null, 3);
 * System.out.println(r.domains() + " " + r.answer().text());
 * AskResult p = asker.ask("Where do dogs sleep?", "commonsense", 3, new Asker.Paths("In a kennel.", Request.DEFAULT));
 * }</pre>
 */
public final class Asker {
    /** The longest question accepted, in characters. */
    public static final int MAX_QUESTION_CHARS = 2000;
    /** The largest {@code k} accepted. */
    public static final int MAX_K = 20;
    /**
     * The registry of domains, in the order the router lists them: a new domain plugs in by implementing
     * {@link AnswerDomain} and adding its constructor here. A constructor only keeps the engines (each domain opens its
     * engine on first use), so {@link #names()} can read the names without a store.
     */
    public static final List<Function<DomainEngines, AnswerDomain>> DOMAINS = List.of(TicketsDomain::new, SportsDomain::new,
            CommonsenseDomain::new);

    /**
     * Grounding paths, asked for with the answer: the sub-graph joining the concepts of the question (to those of
     * {@code answer}, a candidate answer, when not null) and the paths in it.
     *
     * @param answer a candidate answer or response to ground against the question, or null
     * @param request the longest path, the most nodes and the strategy
     */
    public record Paths(String answer, Request request) {
        public Paths {
            Objects.requireNonNull(request, "request");
        }

        /** The paths of at most {@code hops} relationships over at most {@code limit} nodes, pruned as every ask path prunes them. */
        public static Paths of(String answer, int hops, int limit) {
            return new Paths(answer, new Request(hops, limit, CommonsenseGrounding.Strategy.PRUNED, Set.of()));
        }
    }

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

    /** The asker over the domains of {@link #DOMAINS} on {@code engines}' store. */
    public static Asker open(DomainEngines engines, LinkScores links) {
        List<AnswerDomain> all = DOMAINS.stream().map(d -> d.apply(engines)).toList();
        return new Asker(all, new Router(engines.store(), all, TextEmbedder.shared()), links);
    }

    /** The names of the domains of {@link #DOMAINS}, in order, read without a store: for help and shell completion. */
    public static List<String> names() {
        return DOMAINS.stream().map(d -> d.apply(null).name()).toList();
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
        return ask(question, domain, k, null);
    }

    /**
     * Answers {@code question}, with the grounding paths of the domains that answer it when {@code paths} is not null
     * (those of the first such domain; none when no answering domain has paths).
     *
     * @param domain a domain name, or null to let the router choose
     * @param k the number of top results each domain answers from, 1 to {@value #MAX_K}
     * @param paths the grounding paths to add, or null for none
     * @throws BadInputException naming the argument when the question is empty or too long, k out of
     *                           range, or the domain unknown
     */
    public AskResult ask(String question, String domain, int k, Paths paths) {
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
        CommonsenseGrounding.Result grounding = paths == null ? null : decision.parts().entrySet().stream()
                .flatMap(e -> domains.get(e.getKey()).paths(e.getValue(), paths.answer(), paths.request()).stream())
                .findFirst().orElse(null);
        return new AskResult(question, List.copyOf(answers.keySet()), decision.routes(), answered, composed, grounding);
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
