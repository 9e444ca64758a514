package dev.groundwork.query.text2cypher;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.cypher.CypherRefusedException;
import dev.groundwork.graph.cypher.CypherValidator;
import dev.groundwork.graph.cypher.UserCypher;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text2Cypher: a language model writes one Cypher query for a question, from a prompt holding the
 * graph's schema and example question/Cypher pairs; the query runs only if {@link CypherValidator}
 * passes it as {@link CypherValidator.Rules#GENERATED} (parsed, read-only, no files, no procedures
 * outside the schema allowlist, only names the database has), under the row cap and transaction
 * timeout of the {@link UserCypher} given. A refused or failing query is sent back to the model once
 * with the error; a second failure, or a query that finds nothing, is a decline.
 *
 * <p>Thread-safe if the model is (LangChain4j's OpenAI client is). Lifetime: the store's; the schema
 * text is fixed at construction, so build a new one after an ingest that adds labels.
 *
 * <pre>{@code
 * Text2Cypher t2c = new Text2Cypher(chatModel, new UserCypher(store), schemaText, examples);
 * Text2Cypher.Outcome o = t2c.answer("Who won the 2014 World Cup?");
 * if (o.answered()) System.out.println(o.values() + " from " + o.cypher());
 * }</pre>
 */
public final class Text2Cypher {
    /** One worked example for the prompt: a question and the Cypher that answers it. */
    public record Example(String question, String cypher) {
        public Example {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(cypher, "cypher");
        }
    }

    /**
     * What Text2Cypher did with a question.
     *
     * @param answered true when a validated query ran and returned at least one value
     * @param values the values of the first column (or of column {@code value}), as strings, distinct, in order
     * @param rows the rows the query returned, as plain values
     * @param cypher the last query the model wrote (the one that ran when answered), or empty
     * @param declined why it was declined, or empty when answered
     * @param attempts how many queries the model wrote (1 or 2)
     */
    public record Outcome(boolean answered, List<String> values, List<Map<String, Object>> rows, String cypher, String declined,
                          int attempts) {
        public Outcome {
            values = List.copyOf(values);
            rows = List.copyOf(rows);
            Objects.requireNonNull(cypher, "cypher");
            Objects.requireNonNull(declined, "declined");
            if (answered == !declined.isEmpty()) {
                throw new IllegalArgumentException("an outcome is answered or declined with a reason, got answered="
                        + answered + " declined='" + declined + "'");
            }
        }
    }

    static final int MAX_ATTEMPTS = 2;
    private static final Pattern FENCE = Pattern.compile("```(?:cypher|sql)?\\s*(.*?)```", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private final ChatModel model;
    private final UserCypher cypher;
    private final String system;

    /**
     * @param schema the graph's schema as the model should read it: labels, relationship types, properties
     * @param examples worked examples; questions like them are how the model learns the graph's patterns
     */
    public Text2Cypher(ChatModel model, UserCypher cypher, String schema, List<Example> examples) {
        this.model = Objects.requireNonNull(model, "model");
        this.cypher = Objects.requireNonNull(cypher, "cypher");
        this.system = systemPrompt(Objects.requireNonNull(schema, "schema"), List.copyOf(examples));
    }

    /** The system prompt: instructions, schema and examples (for tests and for docs). */
    public String systemPrompt() {
        return system;
    }

    /** Asks the model for a query for {@code question}, validates and runs it; never throws for a bad query, it declines. */
    public Outcome answer(String question) {
        String previous = "";
        String error = "";
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            String reply;
            try {
                reply = model.chat(ChatRequest.builder().messages(SystemMessage.from(system),
                        UserMessage.from(userPrompt(question, previous, error))).build()).aiMessage().text();
            } catch (RuntimeException e) {
                return declined(previous, "the model server did not answer: " + oneLine(e.getMessage()), attempt - 1);
            }
            String query = extract(reply == null ? "" : reply);
            previous = query;
            if (query.isEmpty()) {
                error = "the reply held no Cypher query";
                continue;
            }
            try {
                UserCypher.Result result = cypher.run(query, Map.of(), CypherValidator.Rules.GENERATED);
                List<String> values = values(result);
                if (values.isEmpty()) {
                    return declined(query, "the generated query found nothing", attempt);
                }
                return new Outcome(true, values, result.rows(), query, "", attempt);
            } catch (CypherRefusedException e) {
                error = "the query was refused: " + e.getMessage();
            } catch (BadInputException e) {
                error = "the query failed: " + oneLine(e.getMessage());
            }
        }
        return declined(previous, "the generated query was refused or failed twice; last: " + error, MAX_ATTEMPTS);
    }

    private static Outcome declined(String cypher, String why, int attempts) {
        return new Outcome(false, List.of(), List.of(), cypher, why, attempts);
    }

    private static String systemPrompt(String schema, List<Example> examples) {
        StringBuilder sb = new StringBuilder("""
                You translate a question into ONE read-only Cypher query for Neo4j that answers it from the graph below.
                Rules:
                - Use only the labels, relationship types and property keys listed in the schema; the query is refused otherwise.
                - Read only: no CREATE, MERGE, SET, DELETE, REMOVE, no LOAD CSV, no CALL of procedures, no CALL { } IN TRANSACTIONS.
                - Write the names and numbers the question gives as literals; match names exactly as the graph spells them.
                - Return the answer in a column named value, one row per answer value (a name, number, date or score), DISTINCT.
                - Reply with the Cypher query only, in a ```cypher block, without explanation.

                """);
        sb.append("Schema:\n").append(schema.strip()).append("\n");
        if (!examples.isEmpty()) {
            sb.append("\nExamples (parameters such as $tournament stand for the ids the question names;"
                    + " write literal values matched by name instead):\n");
            for (Example e : examples) {
                sb.append("Question: ").append(e.question()).append("\nCypher: ")
                        .append(e.cypher().strip().replaceAll("\\s+", " ")).append("\n");
            }
        }
        return sb.toString();
    }

    private static String userPrompt(String question, String previous, String error) {
        if (error.isEmpty()) {
            return "Question: " + question;
        }
        return "Question: " + question + "\nYour previous query:\n" + previous + "\nwas not usable: " + error
                + "\nWrite a corrected query.";
    }

    /** The query in a reply: the first fenced block if there is one, else the whole text; without a trailing semicolon. */
    static String extract(String reply) {
        Matcher m = FENCE.matcher(reply);
        String query = m.find() ? m.group(1) : reply;
        query = query.strip();
        while (query.endsWith(";")) {
            query = query.substring(0, query.length() - 1).strip();
        }
        return query;
    }

    private static List<String> values(UserCypher.Result result) {
        if (result.columns().isEmpty()) {
            return List.of();
        }
        String column = result.columns().contains("value") ? "value" : result.columns().getFirst();
        List<String> values = new ArrayList<>();
        for (Map<String, Object> row : result.rows()) {
            addValue(row.get(column), values);
        }
        return values;
    }

    private static void addValue(Object value, List<String> into) {
        switch (value) {
            case null -> { }
            case List<?> list -> list.forEach(v -> addValue(v, into));
            case Map<?, ?> map when map.get("properties") instanceof Map<?, ?> props && props.get("name") != null ->
                    addValue(props.get("name"), into);
            default -> {
                String s = String.valueOf(value).strip();
                if (!s.isEmpty() && !into.contains(s)) {
                    into.add(s);
                }
            }
        }
    }

    private static String oneLine(String message) {
        String s = message == null ? "" : message.strip().replaceAll("\\s+", " ");
        return s.length() <= 300 ? s : s.substring(0, 299) + "…";
    }
}
