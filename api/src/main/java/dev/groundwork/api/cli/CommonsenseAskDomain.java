package dev.groundwork.api.cli;

import dev.groundwork.graph.model.Edge;
import dev.groundwork.graph.rdf.SubgraphRdf;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.query.commonsense.CommonsenseGrounding;
import dev.groundwork.query.commonsense.CommonsenseGrounding.Request;
import dev.groundwork.query.commonsense.CommonsenseGrounding.Result;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code ask --domain commonsense}: the concepts of the question (and answer) and the paths between them. */
final class CommonsenseAskDomain implements AskDomain {
    @Override
    public String name() {
        return "commonsense";
    }

    @Override
    public void ask(GraphStore store, AskCommand.Question q, PrintWriter out) {
        CommonsenseGrounding g = CommonsenseGrounding.load(store);
        Request request = new Request(q.hops(), q.limit(), CommonsenseGrounding.Strategy.PRUNED, Set.of());
        Result r = q.answer() == null ? g.subgraph(q.text(), request) : g.subgraph(q.text(), q.answer(), request);
        if (q.format() != null) {
            out.println(SubgraphRdf.write(r.subgraph(), q.format()));
            out.flush();
        } else if (q.json()) {
            Console.json(out, r);
        } else {
            print(r, out);
        }
    }

    private static void print(Result r, PrintWriter out) {
        out.println("Concepts: " + r.source().stream().map(CommonsenseGrounding.ConceptMatch::name).toList()
                + (r.target() == r.source() ? "" : " -> " + r.target().stream().map(CommonsenseGrounding.ConceptMatch::name).toList()));
        Map<String, String> names = new HashMap<>();
        r.subgraph().nodes().forEach(n -> names.put(n.id(), String.valueOf(n.properties().getOrDefault("name", n.id()))));
        Map<String, Edge> edges = new HashMap<>();
        r.subgraph().edges().forEach(e -> edges.put(e.id(), e));
        out.printf("%d nodes, %d edges, %d paths%n", r.subgraph().nodes().size(), r.subgraph().edges().size(), r.paths().size());
        for (CommonsenseGrounding.Path p : r.paths()) {
            StringBuilder sb = new StringBuilder(names.get(p.nodes().getFirst()));
            for (int i = 0; i < p.edges().size(); i++) {
                Edge e = edges.get(p.edges().get(i));
                boolean forward = e.source().equals(p.nodes().get(i));
                sb.append(forward ? " -" : " <-").append(e.type()).append(forward ? "-> " : "- ").append(names.get(p.nodes().get(i + 1)));
            }
            out.printf("  %.4f  %s%n", p.score(), sb);
        }
        out.flush();
    }
}
