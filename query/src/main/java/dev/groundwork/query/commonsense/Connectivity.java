package dev.groundwork.query.commonsense;

import dev.groundwork.graph.model.Edge;
import dev.groundwork.graph.model.Subgraph;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Whether a sub-graph joins a source concept to a different target concept (union-find over its edges). */
final class Connectivity {
    private Connectivity() {}

    static boolean joins(Subgraph g, Collection<String> sources, Collection<String> targets) {
        Map<String, String> parent = new HashMap<>();
        for (Edge e : g.edges()) {
            union(parent, e.source(), e.target());
        }
        for (String s : sources) {
            for (String t : targets) {
                if (!s.equals(t) && find(parent, s).equals(find(parent, t))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String find(Map<String, String> parent, String x) {
        String root = x;
        while (parent.containsKey(root) && !parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(x, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }
}
