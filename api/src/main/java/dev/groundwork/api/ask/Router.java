package dev.groundwork.api.ask;

import dev.groundwork.graph.embedding.TextEmbedder;
import dev.groundwork.graph.store.GraphStore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Picks the domains of a question. The question is split into sentences; each sentence is scored
 * against every domain by (a) a nearest-neighbour classifier over example questions
 * ({@link AnswerDomain#exampleQuestions()}, and {@code ask/routing/none.txt} for the off-topic class:
 * the mean cosine of the three most similar examples of a domain, MiniLM embeddings; a domain may add
 * texts from its graph, such as ticket titles, to its examples) and (b) the domain's entity names
 * found in it, where a name that is a single stop word (English function words, every domain's
 * {@link AnswerDomain#cueWords()}, the domain's own {@link AnswerDomain#stopWords()}) does not count.
 * Everything about a domain is read from the domain. The best domain of each
 * sentence wins, a close second with entity hits of its own joins it, and the {@code none} class
 * (off-topic examples) or a low score routes to no domain at all. Domains whose data is not loaded
 * are never chosen. Thread-safe; names and counts are read on first use and on {@link #refresh()}.
 */
final class Router {
    static final String NONE = "none";
    static final String EXAMPLES = "/ask/routing/%s.txt";
    private static final int NEAREST = 3;
    private static final double ENTITY_BONUS = 0.1;
    private static final double MAX_ENTITIES = 3;
    private static final double MIN_SCORE = 0.3;
    private static final double SECOND_MARGIN = 0.04;
    private static final int LONGEST_NAME_WORDS = 4;
    /** English function words: never an entity name alone, whatever the domain. */
    private static final Set<String> ENGLISH = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "is", "are",
            "was", "were", "be", "did", "do", "does", "who", "what", "when", "where", "which", "how", "why", "many", "much",
            "with", "by", "from", "it", "its", "this", "that", "there", "any", "all", "about", "as", "has", "have", "had", "can");

    /**
     * The routing of a question.
     *
     * @param parts domain name to the text it is asked (the sentences routed to it), in order of first appearance
     * @param routes the scores of the whole question, best first
     */
    record Decision(Map<String, String> parts, List<Route> routes) {}

    private record Example(String domain, float[] vector) {}

    private record Names(Map<String, Long> counts, Map<String, Set<String>> names, List<Example> examples) {}

    private final GraphStore store;
    private final List<AnswerDomain> domains;
    private final TextEmbedder embedder;
    private final List<Example> examples;
    /** Per domain: the words that never count alone as one of its entity names. */
    private final Map<String, Set<String>> stop;
    private volatile Names names;

    Router(GraphStore store, List<AnswerDomain> domains, TextEmbedder embedder) {
        this.store = store;
        this.domains = List.copyOf(domains);
        this.embedder = embedder;
        List<String> labels = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (AnswerDomain d : this.domains) {
            d.exampleQuestions().forEach(q -> {
                labels.add(d.name());
                texts.add(q);
            });
        }
        examples(NONE).forEach(q -> {
            labels.add(NONE);
            texts.add(q);
        });
        List<float[]> vectors = embedder.embedAll(texts);
        List<Example> ex = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            ex.add(new Example(labels.get(i), vectors.get(i)));
        }
        this.examples = List.copyOf(ex);
        this.stop = stopWords(this.domains);
    }

    /**
     * Per domain, the words that never count alone as one of its entity names: English function words, every domain's
     * cue words and its own stop words.
     */
    static Map<String, Set<String>> stopWords(List<AnswerDomain> domains) {
        Set<String> cues = new HashSet<>(ENGLISH);
        domains.forEach(d -> cues.addAll(d.cueWords()));
        Map<String, Set<String>> byDomain = new HashMap<>();
        for (AnswerDomain d : domains) {
            Set<String> words = new HashSet<>(cues);
            words.addAll(d.stopWords());
            byDomain.put(d.name(), Set.copyOf(words));
        }
        return Map.copyOf(byDomain);
    }

    /** Forgets the names and counts, after an ingest. */
    void refresh() {
        names = null;
    }

    /** Whether the graph holds data of {@code domain}. */
    boolean loaded(String domain) {
        return names().counts().getOrDefault(domain, 0L) > 0;
    }

    Decision route(String question) {
        List<String> sentences = sentences(question);
        Map<String, StringBuilder> parts = new LinkedHashMap<>();
        List<Route> first = null;
        for (String s : sentences) {
            List<Route> routes = score(s);
            first = first == null ? routes : first;
            for (String d : choose(routes)) {
                StringBuilder b = parts.computeIfAbsent(d, x -> new StringBuilder());
                b.append(b.isEmpty() ? "" : " ").append(s);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        parts.forEach((d, b) -> out.put(d, b.toString()));
        return new Decision(out, sentences.size() == 1 ? first : score(question));
    }

    static List<String> sentences(String question) {
        List<String> out = new ArrayList<>();
        for (String s : question.strip().split("(?<=[?!;])\\s+|(?<=\\.)\\s+(?=[A-Z])")) {
            if (s.codePoints().filter(Character::isLetter).count() >= 3) {
                out.add(s.strip());
            }
        }
        return out.isEmpty() ? List.of(question.strip()) : out;
    }

    /** Every domain's route for one text, best first; {@code none} included. */
    List<Route> score(String text) {
        float[] q = embedder.embed(text);
        Map<String, List<Double>> sims = new HashMap<>();
        Names n = names();
        for (Example e : n.examples()) {
            sims.computeIfAbsent(e.domain(), d -> new ArrayList<>()).add(TextEmbedder.dot(q, e.vector()));
        }
        List<String> tokens = tokens(text);
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<String, List<Double>> e : sims.entrySet()) {
            String d = e.getKey();
            double sim = e.getValue().stream().sorted(Comparator.reverseOrder()).limit(NEAREST).mapToDouble(x -> x).average().orElse(0);
            AnswerDomain domain = domains.stream().filter(x -> x.name().equals(d)).findFirst().orElse(null);
            double entities = domain == null ? 0
                    : domain.entityWeight() * hits(tokens, n.names().getOrDefault(d, Set.of()), stop.get(d));
            boolean loaded = d.equals(NONE) || n.counts().getOrDefault(d, 0L) > 0;
            routes.add(new Route(d, sim + ENTITY_BONUS * Math.min(entities, MAX_ENTITIES), sim, entities, loaded));
        }
        routes.sort(Comparator.comparingDouble(Route::score).reversed().thenComparing(Route::domain));
        return routes;
    }

    /** The domains a sentence goes to: none, one, or two when the second is close and named. */
    static List<String> choose(List<Route> routes) {
        List<Route> candidates = routes.stream().filter(Route::loaded).toList();
        if (candidates.isEmpty() || candidates.getFirst().domain().equals(NONE) || candidates.getFirst().score() < MIN_SCORE) {
            return List.of();
        }
        Route best = candidates.getFirst();
        List<String> out = new ArrayList<>(List.of(best.domain()));
        if (candidates.size() > 1) {
            Route second = candidates.get(1);
            if (!second.domain().equals(NONE) && second.entities() >= 1 && best.score() - second.score() <= SECOND_MARGIN) {
                out.add(second.domain());
            }
        }
        return out;
    }

    /** How many distinct names of {@code names} the tokens hold, leftmost-longest, words of {@code stop} never alone. */
    static int hits(List<String> tokens, Set<String> names, Set<String> stop) {
        Set<String> found = new HashSet<>();
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            for (int len = Math.min(LONGEST_NAME_WORDS, tokens.size() - i); len >= 1 && matched == 0; len--) {
                String candidate = String.join(" ", tokens.subList(i, i + len));
                if (names.contains(candidate) && !(len == 1 && (stop.contains(candidate) || candidate.length() < 3))) {
                    found.add(candidate);
                    matched = len;
                }
            }
            i += Math.max(1, matched);
        }
        return found.size();
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String t : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
            String s = t.replaceAll("^-+|-+$", "");
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static String normalise(String name) {
        return String.join(" ", tokens(name));
    }

    private Names names() {
        Names n = names;
        if (n == null) {
            Map<String, Long> counts = new HashMap<>();
            Map<String, Set<String>> all = new HashMap<>();
            List<Example> ex = new ArrayList<>(examples);
            for (AnswerDomain d : domains) {
                long count = store.read(tx -> tx.run(d.countCypher()).single().get("n").asLong());
                counts.put(d.name(), count);
                Set<String> set = new HashSet<>();
                if (count > 0) {
                    store.read(tx -> {
                        tx.run(d.namesCypher()).forEachRemaining(r -> set.add(normalise(r.get("name").asString())));
                        return null;
                    });
                }
                set.remove("");
                all.put(d.name(), set);
                if (count > 0 && d.examplesCypher() != null) {
                    List<String> texts = store.read(tx -> tx.run(d.examplesCypher()).list(r -> r.get("text").asString()));
                    List<float[]> vectors = embedder.embedAll(texts);
                    vectors.forEach(v -> ex.add(new Example(d.name(), v)));
                }
            }
            n = new Names(counts, all, List.copyOf(ex));
            names = n;
        }
        return n;
    }

    /** The example questions of {@code domain}: the lines of {@code /ask/routing/DOMAIN.txt} that are not blank or comments. */
    static List<String> examples(String domain) {
        String resource = EXAMPLES.formatted(domain);
        InputStream in = Router.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("domain '" + domain + "' has no example questions: expected the resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
    }
}
