package dev.groundwork.query.commonsense;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.embedding.TextEmbedder;
import dev.groundwork.graph.model.Edge;
import dev.groundwork.graph.model.Node;
import dev.groundwork.graph.model.Subgraph;
import dev.groundwork.graph.store.GraphStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Grounds text in a commonsense graph, as SinLG does: finds the concepts a text mentions (longest
 * n-gram match over the concept names after English analysis, through a Lucene FST) and extracts
 * the sub-graph that connects the concepts of two texts (question and answer, context and
 * response) or of one: the paths of at most {@code hops} relationships between them, ranked by
 * relevance (edge weight, a penalty on high-degree hubs, and an optional {@link EdgeScorer} such as
 * a link predictor) and pruned to a node limit.
 *
 * <p>Thread-safe. Lifetime: load once per store and reuse; the vocabulary is read at
 * {@link #load}, so concepts ingested later are matched after loading again (paths always see the
 * current graph).
 *
 * <pre>{@code
 * CommonsenseGrounding g = CommonsenseGrounding.load(store);
 * List<ConceptMatch> cs = g.concepts("Where do dogs sleep?");
 * Result r = g.subgraph("Where do dogs sleep?", "In a kennel.", Request.DEFAULT);
 * Statements s = g.statements("Where do dogs sleep?", 200);
 * }</pre>
 */
public final class CommonsenseGrounding {
    /** Cypher returning {@code n}: how many concepts the graph holds (0 = no commonsense data). */
    public static final String COUNT = "MATCH (c:Concept) RETURN count(c) AS n";
    /** Cypher returning one column {@code name}: every concept name, the entity names a question may mention. */
    public static final String NAMES = "MATCH (c:Concept) WHERE c.name IS NOT NULL RETURN c.name AS name";
    /** The Cypher {@link #statements} runs (with {@code $uris}, {@code $types} and {@code $limit}). */
    public static final String STATEMENTS = ConceptStatements.TYPED_NEIGHBOURS;

    private final ConceptGraph graph;
    private final ConceptVocabulary vocabulary;
    private final PathFinder paths;

    /**
     * Scores an edge for relevance, e.g. a link predictor's probability that it holds in context.
     * Must be thread-safe; its score in {@code [0, 1]} multiplies the edge's weight-based relevance.
     */
    @FunctionalInterface
    public interface EdgeScorer {
        double score(String type, String startUri, String endUri, double weight);
    }

    /** How paths are chosen: ranked and pruned, or the breadth-first baseline. */
    public enum Strategy {
        /** Paths ranked by relevance (weights, hub penalty, scorer), best first within the limit. */
        PRUNED,
        /** Breadth-first from both sides, nodes in discovery order until the limit; no scores. */
        BFS
    }

    /**
     * A sub-graph request.
     *
     * @param hops longest path, in relationships, 1 to 4
     * @param limit most nodes in the sub-graph, 2 to 1000
     * @param strategy pruned or the breadth-first baseline
     * @param withheld edges to ignore, as {@link #edgeKey} (an evaluation holds its test edges out this way)
     */
    public record Request(int hops, int limit, Strategy strategy, Set<String> withheld) {
        /** Two hops, 50 nodes, pruned. */
        public static final Request DEFAULT = new Request(2, 50, Strategy.PRUNED, Set.of());

        public Request {
            if (hops < 1 || hops > 4) {
                throw new BadInputException("hops must be between 1 and 4, got " + hops);
            }
            if (limit < 2 || limit > 1000) {
                throw new BadInputException("limit must be between 2 and 1000 nodes, got " + limit);
            }
            Objects.requireNonNull(strategy, "strategy");
            withheld = Set.copyOf(withheld);
        }

        public Request withStrategy(Strategy s) {
            return new Request(hops, limit, s, withheld);
        }
    }

    /**
     * A concept found in a text.
     *
     * @param uri the concept's key
     * @param name its name in the graph
     * @param text the words of the text that name it
     * @param start first character of {@code text} in the input
     * @param end one past its last character
     */
    public record ConceptMatch(String uri, String name, String text, int start, int end) {}

    /**
     * A path between a source and a target concept.
     *
     * @param nodes element ids from the source concept to the target concept
     * @param edges element ids of the relationships between them, in order
     * @param score its relevance (product of edge relevances and hub penalties), 0 for the baseline
     */
    public record Path(List<String> nodes, List<String> edges, double score) {
        public Path {
            nodes = List.copyOf(nodes);
            edges = List.copyOf(edges);
        }
    }

    /**
     * A grounding: the concepts of each side, the sub-graph and the paths in it.
     *
     * @param source concepts of the source text (or the source concepts asked for)
     * @param target concepts of the target text
     * @param subgraph the nodes and edges chosen
     * @param paths the source-to-target paths kept, best first (empty for the baseline)
     * @param connected whether the sub-graph joins a source concept to a different target concept
     */
    public record Result(List<ConceptMatch> source, List<ConceptMatch> target, Subgraph subgraph, List<Path> paths,
                         boolean connected) {}

    /**
     * One relationship of a concept the question names: {@code anchor} is the end the question names, {@code other}
     * the end it is asked about; {@code relatedness} is the cosine between {@code other}'s name and the question
     * without the anchor's words.
     */
    public record Statement(Node start, String type, String relationshipId, Node end, Node anchor, Node other, double relatedness) {
        /** Whether the concept the question names is the statement's subject. */
        public boolean anchorIsSubject() {
            return anchor == start;
        }

        /** A concept's name (its id when it has none). */
        public static String name(Node n) {
            return String.valueOf(n.properties().getOrDefault("name", n.id()));
        }
    }

    /**
     * What {@link #statements} found.
     *
     * @param concepts the concepts the question names (empty: nothing to answer from)
     * @param types the relation types the question's wording asks for, empty for any
     * @param ranked the statements, best first: the named concept as subject first, then by relatedness
     * @param timings {@code linking_ms}, {@code retrieval_ms} and {@code ranking_ms}
     */
    public record Statements(List<ConceptMatch> concepts, List<String> types, List<Statement> ranked, Map<String, Double> timings) {
        public Statements {
            concepts = List.copyOf(concepts);
            types = List.copyOf(types);
            ranked = List.copyOf(ranked);
            timings = Map.copyOf(timings);
        }
    }

    private CommonsenseGrounding(ConceptGraph graph, ConceptVocabulary vocabulary, EdgeScorer scorer) {
        this.graph = graph;
        this.vocabulary = vocabulary;
        this.paths = new PathFinder(graph, scorer);
    }

    /** Reads the concept vocabulary of {@code store}; no edge scorer. */
    public static CommonsenseGrounding load(GraphStore store) {
        return load(store, null);
    }

    /** Reads the concept vocabulary of {@code store}; {@code scorer} (may be null) rescores edges. */
    public static CommonsenseGrounding load(GraphStore store, EdgeScorer scorer) {
        ConceptGraph graph = new ConceptGraph(store);
        return new CommonsenseGrounding(graph, ConceptVocabulary.build(graph.names()), scorer);
    }

    /** How many distinct normalised concept names can be matched. */
    public int vocabularySize() {
        return vocabulary.size();
    }

    /** The concepts {@code text} mentions, leftmost-longest, in text order. */
    public List<ConceptMatch> concepts(String text) {
        return vocabulary.match(text == null ? "" : text).stream()
                .map(m -> new ConceptMatch(m.uri(), m.name(), m.surface(), m.start(), m.end())).toList();
    }

    /**
     * The relationships of the concepts {@code question} names, at most {@code limit} read (strongest first), restricted
     * to the relation types its wording asks for ("where" asks for AtLocation, "used for" for UsedFor ...) and ranked by
     * how their other end relates to the rest of the question (MiniLM cosine; "sleep" brings a bed before the vet).
     */
    public Statements statements(String question, int limit) {
        long t0 = System.nanoTime();
        return ConceptStatements.find(graph.store(), concepts(question), question, limit, TextEmbedder.shared(), t0);
    }

    /** The sub-graph between the concepts of two texts. */
    public Result subgraph(String source, String target, Request request) {
        return between(concepts(source), concepts(target), request);
    }

    /** The sub-graph among the concepts of one text. */
    public Result subgraph(String text, Request request) {
        List<ConceptMatch> cs = concepts(text);
        return between(cs, cs, request);
    }

    /** The sub-graph between concepts given by URI (unknown URIs are ignored). */
    public Result subgraphOfConcepts(List<String> sourceUris, List<String> targetUris, Request request) {
        return between(sourceUris.stream().map(u -> new ConceptMatch(u, u, "", 0, 0)).toList(),
                targetUris.stream().map(u -> new ConceptMatch(u, u, "", 0, 0)).toList(), request);
    }

    /** The key {@link Request#withheld()} holds for the edge {@code (start)-[type]->(end)}. */
    public static String edgeKey(String type, String startUri, String endUri) {
        return type + "|" + startUri + "|" + endUri;
    }

    private Result between(List<ConceptMatch> source, List<ConceptMatch> target, Request request) {
        List<String> uris = new ArrayList<>();
        source.forEach(c -> uris.add(c.uri()));
        target.forEach(c -> uris.add(c.uri()));
        Map<String, String> ids = uris.isEmpty() ? Map.of() : graph.idsByUri(uris);
        Map<String, String> s = idsOf(source, ids);
        Map<String, String> t = idsOf(target, ids);
        PathFinder.Selection sel = request.strategy() == Strategy.PRUNED ? paths.pruned(s, t, request)
                : paths.breadthFirst(s, t, request);
        Subgraph subgraph = toSubgraph(sel);
        List<Path> found = sel.paths().stream().map(p -> new Path(p.nodes(),
                p.steps().stream().map(ConceptGraph.Step::rel).toList(), p.score())).toList();
        return new Result(source, target, subgraph, found, Connectivity.joins(subgraph, s.values(), t.values()));
    }

    private static Map<String, String> idsOf(List<ConceptMatch> concepts, Map<String, String> ids) {
        Map<String, String> out = new LinkedHashMap<>();
        concepts.forEach(c -> {
            String id = ids.get(c.uri());
            if (id != null) {
                out.put(c.uri(), id);
            }
        });
        return out;
    }

    private Subgraph toSubgraph(PathFinder.Selection sel) {
        List<Node> nodes = sel.nodes().isEmpty() ? List.of() : graph.nodes(sel.nodes());
        Map<String, Boolean> present = new HashMap<>();
        nodes.forEach(n -> present.put(n.id(), true));
        List<Edge> edges = new ArrayList<>();
        for (ConceptGraph.Step st : sel.steps()) {
            if (present.containsKey(st.start()) && present.containsKey(st.end())) {
                edges.add(Edge.observed(st.rel(), st.type(), st.start(), st.end(),
                        Map.of("weight", st.weight(), "source", st.source())));
            }
        }
        return new Subgraph(nodes, edges);
    }
}
