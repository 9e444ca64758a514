package dev.groundwork.query.commonsense;

import dev.groundwork.graph.Deadline;
import dev.groundwork.query.commonsense.CommonsenseGrounding.EdgeScorer;
import dev.groundwork.query.commonsense.CommonsenseGrounding.Request;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the paths of at most {@code hops} relationships between two sets of concepts (up to two
 * hops in one database query per request, so that only paths travel over Bolt; beyond, by
 * expanding both sides and meeting in the middle, never expanding a hub in between), ranks them by
 * relevance and keeps the best within the node limit; or, as the baseline, grows a breadth-first
 * neighbourhood of both sides until the limit.
 * Stops with the caller's {@link Deadline}, checked per level. Thread-safe: all state is per call.
 */
final class PathFinder {
    private static final String CANCELLED = "the commonsense path search";
    /** Search labels kept per node and side: a few, with distinct roots, so a node can join several concept pairs. */
    private static final int LABELS_PER_NODE = 3;
    /** Nodes expanded per level beyond the first: the best by score, so that hubs do not flood a 3- or 4-hop search. */
    private static final int BEAM = 200;
    /** Two-hop paths fetched per concept pair: two hubs ("person", "something") share thousands of neighbours. */
    private static final int PATHS_PER_PAIR = 500;

    private final ConceptGraph graph;
    private final EdgeScorer scorer;

    /** A found path: node ids from a source concept to a target concept, the steps between them, its score. */
    record Found(List<String> nodes, List<ConceptGraph.Step> steps, double score) {}

    /** What a search returns: the nodes chosen in order, the steps, the paths kept. */
    record Selection(List<String> nodes, List<ConceptGraph.Step> steps, List<Found> paths) {}

    /** How a node was reached from a root: the previous label, the step taken, the score so far. */
    private record Label(String node, String root, int depth, double score, long degree, ConceptGraph.Step step, Label prev) {
        boolean visits(String id) {
            for (Label l = this; l != null; l = l.prev) {
                if (l.node.equals(id)) {
                    return true;
                }
            }
            return false;
        }
    }

    PathFinder(ConceptGraph graph, EdgeScorer scorer) {
        this.graph = graph;
        this.scorer = scorer;
    }

    /** Relevance-ranked paths between {@code sources} and {@code targets}, pruned to the node limit. */
    Selection pruned(Map<String, String> sources, Map<String, String> targets, Request request) {
        Map<List<String>, Found> paths = request.hops() <= 2 ? shortPaths(sources, targets, request)
                : meetInTheMiddle(sources, targets, request);
        return select(paths, sources, targets, request);
    }

    /** Paths of one or two hops, found by the database per (source, target) pair. */
    private Map<List<String>, Found> shortPaths(Map<String, String> sources, Map<String, String> targets, Request request) {
        Map<String, String> uris = new HashMap<>();
        sources.forEach((uri, id) -> uris.put(id, uri));
        targets.forEach((uri, id) -> uris.put(id, uri));
        List<List<String>> pairs = new ArrayList<>();
        for (String s : sources.values()) {
            for (String t : targets.values()) {
                if (!s.equals(t)) {
                    pairs.add(List.of(s, t));
                }
            }
        }
        Map<List<String>, Found> paths = new LinkedHashMap<>();
        for (List<ConceptGraph.Step> steps : graph.shortPaths(pairs, PATHS_PER_PAIR)) {
            if (steps.size() > request.hops()) {
                continue;
            }
            List<String> nodes = new ArrayList<>();
            nodes.add(steps.getFirst().from());
            double score = 1.0;
            boolean held = false;
            for (int i = 0; i < steps.size(); i++) {
                ConceptGraph.Step s = steps.get(i);
                String fromUri = i == 0 ? uris.get(s.from()) : steps.get(i - 1).toUri();
                held |= withheld(s, fromUri, request);
                score *= relevance(s, fromUri) * (i > 0 ? hubPenalty(steps.get(i - 1).degree()) : 1.0);
                nodes.add(s.to());
            }
            if (!held) {
                Found p = new Found(nodes, steps, score);
                paths.putIfAbsent(key(p), p);
            }
        }
        return paths;
    }

    private Map<List<String>, Found> meetInTheMiddle(Map<String, String> sources, Map<String, String> targets,
                                                     Request request) {
        int hops = request.hops();
        Map<String, List<Label>> a = expand(sources, (hops + 1) / 2, request);
        Map<String, List<Label>> b = expand(targets, hops / 2, request);
        Map<List<String>, Found> paths = new LinkedHashMap<>();
        for (var e : a.entrySet()) {
            Deadline.check(CANCELLED);
            List<Label> other = b.get(e.getKey());
            if (other == null) {
                continue;
            }
            for (Label la : e.getValue()) {
                for (Label lb : other) {
                    join(la, lb, hops).ifPresent(p -> paths.putIfAbsent(key(p), p));
                }
            }
        }
        return paths;
    }

    private static Selection select(Map<List<String>, Found> paths, Map<String, String> sources, Map<String, String> targets,
                                    Request request) {
        List<Found> ranked = new ArrayList<>(paths.values());
        ranked.sort(Comparator.comparingDouble(Found::score).reversed().thenComparing(p -> p.nodes().size()));
        LinkedHashSet<String> nodes = new LinkedHashSet<>();
        Map<String, ConceptGraph.Step> steps = new LinkedHashMap<>();
        List<Found> kept = new ArrayList<>();
        for (Found p : ranked) {
            Set<String> added = new LinkedHashSet<>(p.nodes());
            added.removeAll(nodes);
            if (nodes.size() + added.size() > request.limit()) {
                continue;
            }
            nodes.addAll(added);
            p.steps().forEach(s -> steps.putIfAbsent(s.rel(), s));
            kept.add(p);
        }
        fill(nodes, sources.values(), targets.values(), request.limit());
        return new Selection(List.copyOf(nodes), List.copyOf(steps.values()), kept);
    }

    /** The baseline: breadth-first from both sides, nodes taken in discovery order until the limit, no scores. */
    Selection breadthFirst(Map<String, String> sources, Map<String, String> targets, Request request) {
        LinkedHashSet<String> nodes = new LinkedHashSet<>();
        fill(nodes, sources.values(), targets.values(), request.limit());
        Map<String, String> uris = new HashMap<>();
        sources.forEach((uri, id) -> uris.put(id, uri));
        targets.forEach((uri, id) -> uris.put(id, uri));
        Map<String, ConceptGraph.Step> steps = new LinkedHashMap<>();
        List<String> frontier = new ArrayList<>(nodes);
        for (int level = 0; level < (request.hops() + 1) / 2 && !frontier.isEmpty(); level++) {
            Deadline.check(CANCELLED);
            List<String> next = new ArrayList<>();
            for (ConceptGraph.Step s : graph.neighbours(frontier)) {
                if (withheld(s, uris.get(s.from()), request)) {
                    continue;
                }
                if (!nodes.contains(s.to())) {
                    if (nodes.size() >= request.limit()) {
                        continue;
                    }
                    nodes.add(s.to());
                    uris.put(s.to(), s.toUri());
                    next.add(s.to());
                }
                steps.putIfAbsent(s.rel(), s);
            }
            frontier = next;
        }
        return new Selection(List.copyOf(nodes), List.copyOf(steps.values()), List.of());
    }

    private Map<String, List<Label>> expand(Map<String, String> roots, int depth, Request request) {
        Map<String, List<Label>> labels = new HashMap<>();
        roots.forEach((uri, id) -> labels.computeIfAbsent(id, k -> new ArrayList<>()).add(new Label(id, id, 0, 1.0, 0, null, null)));
        Map<String, String> uris = new HashMap<>();
        roots.forEach((uri, id) -> uris.put(id, uri));
        Collection<String> frontier = roots.values();
        for (int level = 1; level <= depth && !frontier.isEmpty(); level++) {
            Deadline.check(CANCELLED);
            Set<String> reached = new LinkedHashSet<>();
            for (ConceptGraph.Step s : graph.neighbours(frontier)) {
                if (withheld(s, uris.get(s.from()), request)) {
                    continue;
                }
                uris.putIfAbsent(s.to(), s.toUri());
                for (Label prev : List.copyOf(labels.getOrDefault(s.from(), List.of()))) {
                    if (prev.depth() != level - 1 || prev.visits(s.to())) {
                        continue;
                    }
                    double score = prev.score() * relevance(s, uris.get(s.from())) * (prev.depth() == 0 ? 1.0 : hubPenalty(prev.degree()));
                    if (offer(labels, new Label(s.to(), prev.root(), level, score, s.degree(), s, prev))) {
                        reached.add(s.to());
                    }
                }
            }
            frontier = best(reached, labels);
        }
        return labels;
    }

    /** Adds the label if the node has room for it: fewer than the maximum labels, or a better one for a new root. */
    private static boolean offer(Map<String, List<Label>> labels, Label label) {
        List<Label> at = labels.computeIfAbsent(label.node(), k -> new ArrayList<>());
        for (int i = 0; i < at.size(); i++) {
            if (at.get(i).root().equals(label.root())) {
                if (at.get(i).depth() == label.depth() && at.get(i).score() < label.score()) {
                    at.set(i, label);
                    return true;
                }
                return false;
            }
        }
        if (at.size() < LABELS_PER_NODE) {
            at.add(label);
            return true;
        }
        return false;
    }

    private static Collection<String> best(Set<String> reached, Map<String, List<Label>> labels) {
        if (reached.size() <= BEAM) {
            return reached;
        }
        return reached.stream().sorted(Comparator.comparingDouble((String id) -> -labels.get(id).stream()
                .mapToDouble(l -> l.score() * hubPenalty(l.degree())).max().orElse(0))).limit(BEAM).toList();
    }

    private java.util.Optional<Found> join(Label a, Label b, int hops) {
        if (a.root().equals(b.root()) || a.depth() + b.depth() == 0 || a.depth() + b.depth() > hops) {
            return java.util.Optional.empty();
        }
        List<String> nodes = new ArrayList<>();
        List<ConceptGraph.Step> steps = new ArrayList<>();
        for (Label l = a; l != null; l = l.prev()) {
            nodes.addFirst(l.node());
            if (l.step() != null) {
                steps.addFirst(l.step());
            }
        }
        for (Label l = b; l.prev() != null; l = l.prev()) {
            if (nodes.contains(l.prev().node())) {
                return java.util.Optional.empty();
            }
            nodes.add(l.prev().node());
            steps.add(l.step());
        }
        boolean interior = a.depth() > 0 && b.depth() > 0;
        double score = a.score() * b.score() * (interior ? hubPenalty(a.degree()) : 1.0);
        return java.util.Optional.of(new Found(nodes, steps, score));
    }

    private double relevance(ConceptGraph.Step s, String fromUri) {
        double weight = Math.max(0, s.weight());
        double base = weight / (1.0 + weight);
        if (scorer == null) {
            return base;
        }
        String start = s.outgoing() ? fromUri : s.toUri();
        String end = s.outgoing() ? s.toUri() : fromUri;
        return base * Math.clamp(scorer.score(s.type(), start, end, s.weight()), 0.0, 1.0);
    }

    /** Hubs ("person", "something") join everything to everything; a path through one says little. */
    static double hubPenalty(long degree) {
        return 1.0 / Math.log(Math.E + degree);
    }

    private static boolean withheld(ConceptGraph.Step s, String fromUri, Request request) {
        if (request.withheld().isEmpty() || fromUri == null) {
            return false;
        }
        String start = s.outgoing() ? fromUri : s.toUri();
        String end = s.outgoing() ? s.toUri() : fromUri;
        return request.withheld().contains(CommonsenseGrounding.edgeKey(s.type(), start, end))
                || request.withheld().contains(CommonsenseGrounding.edgeKey(s.type(), end, start));
    }

    private static void fill(Set<String> nodes, Collection<String> sources, Collection<String> targets, int limit) {
        for (String id : sources) {
            if (nodes.size() < limit) {
                nodes.add(id);
            }
        }
        for (String id : targets) {
            if (nodes.size() < limit) {
                nodes.add(id);
            }
        }
    }

    private static List<String> key(Found p) {
        List<String> ids = new ArrayList<>(p.steps().stream().map(ConceptGraph.Step::rel).toList());
        java.util.Collections.sort(ids);
        return ids;
    }
}
