package dev.groundwork.query.sports;

import dev.groundwork.graph.Provenance;
import dev.groundwork.graph.cypher.UserCypher;
import dev.groundwork.graph.model.Answer;
import dev.groundwork.graph.model.Subgraph;
import dev.groundwork.graph.schema.OntologySchema;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.query.text2cypher.Text2Cypher;
import dev.langchain4j.model.chat.ChatModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Soccer questions answered by the first method that can: (1) the question parser and its
 * templates ({@link SportsQuestionAnswering}) when it answers; (2) Text2Cypher, when a language model
 * is configured and the parser declined for a reason another method might overcome (it did not
 * understand the question, or found no record); (3) a decline saying why both failed. A question
 * the parser declined on principle ({@link SportsQuestionAnswering.Result#principled()}: a
 * future tournament, a statistic the data lacks) never goes to the model. Each answer says which
 * method gave it and the Cypher that ran.
 *
 * <p>The model's prompt holds the sports ontology's labels and relationship types with their
 * descriptions, the labels, relationship types and property keys the database has, and one worked
 * example per template (question and Cypher). Its Cypher runs only if
 * {@link dev.groundwork.graph.cypher.CypherValidator} passes it, under the {@link UserCypher}'s row
 * cap and timeout.
 *
 * <p>Thread-safe; keep one per store, rebuilt after an ingest (like the parser).
 *
 * <pre>{@code
 * SportsAnswerer answerer = SportsAnswerer.open(store, SportsQuestionAnswering.open(store), chatModel, new UserCypher(store, limits));
 * SportsAnswerer.Result r = answerer.answer("Which player was sent off in the 2006 World Cup final?");
 * System.out.println(r.method() + ": " + r.values() + " via " + r.cypher());
 * }</pre>
 */
public final class SportsAnswerer {
    /** The {@code method} of an answer from the question parser. */
    public static final String PARSER = "parser";
    /** The {@code method} of an answer from the language model's Cypher. */
    public static final String TEXT2CYPHER = "text2cypher";
    /** Worked examples in the prompt: one per template, at most this many. */
    static final int MAX_EXAMPLES = 40;

    private static final String LIVE_LABELS = "CALL db.labels() YIELD label RETURN label AS name ORDER BY name";
    private static final String LIVE_TYPES = "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType AS name ORDER BY name";
    private static final String LIVE_KEYS = "CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey AS name ORDER BY name";

    /**
     * One answer.
     *
     * @param answered false when declined (the answer's text says why)
     * @param values the answer values (a set; empty with {@code answered} means "none")
     * @param template the parser's template, or empty
     * @param cypher the Cypher that ran (the template's or the model's), or empty
     * @param rows the rows that Cypher returned
     * @param answer the grounded answer: text, citations, evidence, Cypher, confidence, timings
     * @param method {@value #PARSER} or {@value #TEXT2CYPHER}: the method that answered, or the last one that declined
     */
    public record Result(boolean answered, List<String> values, String template, String cypher, List<Map<String, Object>> rows,
                         Answer answer, String method) {
        public Result {
            values = List.copyOf(values);
            rows = List.copyOf(rows);
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(cypher, "cypher");
            Objects.requireNonNull(answer, "answer");
            if (!PARSER.equals(method) && !TEXT2CYPHER.equals(method)) {
                throw new IllegalArgumentException("method must be " + PARSER + " or " + TEXT2CYPHER + ", got " + method);
            }
        }
    }

    private final SportsQuestionAnswering parser;
    private final Text2Cypher text2cypher;

    private SportsAnswerer(SportsQuestionAnswering parser, Text2Cypher text2cypher) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.text2cypher = text2cypher;
    }

    /** The parser alone: what runs when no language model is configured. */
    public static SportsAnswerer parserOnly(SportsQuestionAnswering parser) {
        return new SportsAnswerer(parser, null);
    }

    /**
     * The parser, then Text2Cypher with {@code model} over {@code store}.
     *
     * @param cypher runs the model's Cypher: its limits bound every query
     */
    public static SportsAnswerer open(GraphStore store, SportsQuestionAnswering parser, ChatModel model, UserCypher cypher) {
        return new SportsAnswerer(parser, new Text2Cypher(model, cypher, schema(store), examples(parser)));
    }

    /** Whether a language model stands behind the parser. */
    public boolean usesText2Cypher() {
        return text2cypher != null;
    }

    /** Text2Cypher's system prompt, or empty without a model. */
    public String prompt() {
        return text2cypher == null ? "" : text2cypher.systemPrompt();
    }

    /** Answers {@code question}; never throws for a question it cannot answer (it says so). */
    public Result answer(String question) {
        SportsQuestionAnswering.Result parsed = parser.answer(question);
        Result byParser = new Result(parsed.answered(), parsed.values(), parsed.template(), parsed.answer().cypher(), parsed.rows(),
                parsed.answer(), PARSER);
        if (parsed.answered() || parsed.principled() || text2cypher == null) {
            return byParser;
        }
        long t0 = System.nanoTime();
        Text2Cypher.Outcome o = text2cypher.answer(question);
        Map<String, Double> timings = Map.of("text2cypher", (System.nanoTime() - t0) / 1e6);
        if (!o.answered()) {
            String parserWhy = parsed.answer().text().replaceFirst("^Cannot answer: ", "").replaceFirst("\\.$", "");
            Answer a = new Answer("Cannot answer: " + parserWhy + "; Text2Cypher: " + o.declined() + ".", List.of(), Subgraph.EMPTY,
                    o.cypher(), 0, timings);
            return new Result(false, List.of(), "", o.cypher(), List.of(), a, TEXT2CYPHER);
        }
        // No calibrated confidence exists for a model's query: 0 says so rather than inventing one.
        Answer a = new Answer(String.join(", ", o.values()) + " (text2cypher; query written by the language model).", List.of(),
                Subgraph.EMPTY, o.cypher(), 0, timings);
        return new Result(true, o.values(), "", o.cypher(), o.rows(), a, TEXT2CYPHER);
    }

    /** The schema for the prompt: the sports ontology's types with their descriptions, then what the database has. */
    static String schema(GraphStore store) {
        OntologySchema ontology = store.schema();
        StringBuilder sb = new StringBuilder("Node labels (sports ontology):\n");
        for (OntologySchema.NodeType t : ontology.nodeTypes()) {
            if ("sports".equals(t.domain())) {
                sb.append("- ").append(t.label()).append(t.key() == null ? "" : " (key " + t.key() + ")")
                        .append(t.comment() == null || t.comment().isBlank() ? "" : ": " + t.comment().strip()).append('\n');
            }
        }
        sb.append("Relationship types (sports ontology):\n");
        for (OntologySchema.RelationshipType r : ontology.relationshipTypes()) {
            if ("sports".equals(r.domain())) {
                sb.append("- (:").append(r.from() == null ? "" : r.from()).append(")-[:").append(r.type()).append("]->(:")
                        .append(r.to() == null ? "" : r.to()).append(")\n");
            }
        }
        sb.append("Labels in the database: ").append(String.join(", ", live(store, LIVE_LABELS))).append('\n');
        sb.append("Relationship types in the database: ").append(String.join(", ", live(store, LIVE_TYPES))).append('\n');
        // gw* keys are Groundwork's provenance bookkeeping, never an answer.
        sb.append("Property keys in the database: ").append(String.join(", ",
                live(store, LIVE_KEYS).stream().filter(k -> !Provenance.isBookkeeping(k)).toList())).append('\n');
        return sb.toString();
    }

    private static List<String> live(GraphStore store, String query) {
        List<String> names = store.read(tx -> tx.run(query).list(r -> r.get("name").asString()));
        return List.copyOf(names);
    }

    /** One worked example per answering template: its first example question and its Cypher. */
    static List<Text2Cypher.Example> examples(SportsQuestionAnswering parser) {
        List<Text2Cypher.Example> out = new ArrayList<>();
        for (Template t : parser.templates()) {
            if (!t.isRefusal() && out.size() < MAX_EXAMPLES) {
                out.add(new Text2Cypher.Example(t.examples().getFirst(), t.cypher()));
            }
        }
        return out;
    }
}
