package dev.groundwork.api.ask;

import dev.groundwork.graph.model.Answer;
import dev.groundwork.graph.model.Citation;
import dev.groundwork.graph.model.Edge;
import dev.groundwork.graph.model.Node;
import dev.groundwork.graph.model.Subgraph;
import dev.groundwork.query.commonsense.CommonsenseGrounding;
import dev.groundwork.query.commonsense.CommonsenseGrounding.Statement;
import dev.groundwork.query.commonsense.CommonsenseGrounding.Statements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Commonsense: the statements {@link CommonsenseGrounding#statements} finds for the concepts the question names (of the
 * relation types its wording asks for, ranked by how they relate to the rest of the question), phrased in English
 * ({@link Sentences}): one direct sentence, then each statement citing the two concepts it joins. Grounding paths
 * between the question's (and a candidate answer's) concepts on request.
 */
final class CommonsenseDomain extends EngineDomain {
    private static final int STATEMENTS_PER_K = 2;
    /** Statements read for ranking, strongest first: enough for a concept's every location in CN-100K. */
    private static final int CANDIDATES = 200;

    CommonsenseDomain(DomainEngines engines) {
        // Concepts are everyday words: a question names several of them whatever it is about.
        super(engines, "commonsense", CommonsenseGrounding.COUNT, CommonsenseGrounding.NAMES, Set.of(), 0.15);
    }

    @Override
    public Answer answer(String question, int k) {
        Statements found = engines.commonsense().statements(question, CANDIDATES);
        if (found.concepts().isEmpty()) {
            return new Answer("Cannot answer: the question names no concept of the commonsense graph.", List.of(), Subgraph.EMPTY,
                    "", 0, found.timings());
        }
        List<Statement> ranked = found.ranked();
        return compose(ranked.subList(0, Math.min(ranked.size(), STATEMENTS_PER_K * k)), found.types(), found.timings());
    }

    @Override
    public Optional<CommonsenseGrounding.Result> paths(String question, String answer, CommonsenseGrounding.Request request) {
        CommonsenseGrounding g = engines.commonsense();
        return Optional.of(answer == null ? g.subgraph(question, request) : g.subgraph(question, answer, request));
    }

    /**
     * One direct sentence ("Cat [1] is usually found at your bed [2], sofa [3] or basket [4].": the subject, the top
     * statements' relation, up to three of its objects), then every statement as a sentence of its own with its citations.
     */
    private static Answer compose(List<Statement> statements, List<String> types, Map<String, Double> timings) {
        if (statements.isEmpty()) {
            return new Answer("Cannot answer: the commonsense graph has no " + (types.isEmpty() ? ""
                    : String.join(" or ", types.stream().map(t -> "'" + Sentences.relation(t) + "'").toList()) + " ")
                    + "relationship for the concepts named.", List.of(), Subgraph.EMPTY, CommonsenseGrounding.STATEMENTS, 0, timings);
        }
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, Integer> cited = new LinkedHashMap<>();
        List<Citation> citations = new ArrayList<>();
        Set<Edge> edges = new LinkedHashSet<>();
        Function<Node, Integer> cite = n -> {
            nodes.putIfAbsent(n.id(), n);
            return cited.computeIfAbsent(n.id(), id -> {
                citations.add(new Citation(id, n.label(), name(n)));
                return citations.size();
            });
        };
        Statement top = statements.getFirst();
        List<Statement> direct = statements.stream()
                .filter(st -> st.anchorIsSubject() && st.anchor().id().equals(top.anchor().id()) && st.type().equals(top.type()))
                .limit(3).toList();
        StringBuilder text = new StringBuilder();
        if (direct.isEmpty()) {
            text.append(sentence(top, cite));
        } else {
            String conjunction = Set.of("AtLocation", "LocatedNear").contains(top.type()) ? "or" : "and";
            text.append(Sentences.capitalised(name(top.anchor()))).append(" [").append(cite.apply(top.anchor())).append("] ")
                    .append(Sentences.relation(top.type())).append(' ')
                    .append(Sentences.list(direct.stream().map(st -> Sentences.object(Sentences.relation(top.type()), name(st.other()))
                            + " [" + cite.apply(st.other()) + "]").toList(), conjunction))
                    .append('.');
        }
        for (Statement st : statements) {
            edges.add(Edge.observed(st.relationshipId(), st.type(), st.start().id(), st.end().id(), Map.of()));
            text.append(' ').append(sentence(st, cite));
        }
        double confidence = types.isEmpty() ? 0.5 : 0.8;
        return new Answer(text.toString(), citations, new Subgraph(List.copyOf(nodes.values()), List.copyOf(edges)),
                CommonsenseGrounding.STATEMENTS, confidence, timings);
    }

    /** "Cat is usually found at your bed [1] [2]." */
    private static String sentence(Statement st, Function<Node, Integer> cite) {
        int a = cite.apply(st.start());
        int b = cite.apply(st.end());
        return Sentences.capitalised(name(st.start())) + " " + Sentences.relation(st.type()) + " "
                + Sentences.object(Sentences.relation(st.type()), name(st.end()))
                + " [" + a + "] [" + b + "].";
    }

    private static String name(Node n) {
        return String.valueOf(n.properties().getOrDefault("name", n.id()));
    }
}
