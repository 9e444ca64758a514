package dev.groundwork.api.cli;

import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.query.sports.SportsQuestionAnswering;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code ask --domain sports}: the answer from a Cypher template, the Cypher, the rows and the cited evidence. */
final class SportsAskDomain implements AskDomain {
    @Override
    public String name() {
        return "sports";
    }

    @Override
    public void ask(GraphStore store, AskCommand.Question question, PrintWriter out) {
        SportsQuestionAnswering.Result r = SportsQuestionAnswering.open(store).answer(question.text());
        if (question.json()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("answered", r.answered());
            o.put("values", r.values());
            o.put("template", r.template());
            o.put("rows", r.rows());
            o.put("answer", r.answer());
            Console.json(out, o);
            return;
        }
        TicketsAskDomain.print(r.answer(), false, out);
        if (!r.answer().cypher().isEmpty()) {
            out.println("cypher: " + r.answer().cypher().replaceAll("\\s+", " ").strip());
        }
        out.flush();
    }
}
