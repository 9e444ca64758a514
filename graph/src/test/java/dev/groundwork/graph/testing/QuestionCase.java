package dev.groundwork.graph.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One question of a table-driven question-answering test and what must come back, read from a JSON Lines test
 * resource: one object a line, blank lines and lines starting with {@code //} skipped. Each object names the
 * {@code behaviour} it shows (the test method it once was), the {@code question}, an optional {@code because}, and
 * exactly one expectation:
 * <ul>
 *   <li>{@code "answers": [...]}: answered, with exactly these values in this order;</li>
 *   <li>{@code "answersInAnyOrder": [...]}: answered, with exactly these values in any order;</li>
 *   <li>{@code "answersCount": n} with {@code "answersIncluding": [...]}: answered, n values among them these;</li>
 *   <li>{@code "declinesSaying": [...]}: declined, the text containing each of these;</li>
 *   <li>{@code "declinesStartingWith": "..."}: declined, the text starting so;</li>
 *   <li>{@code "declinesWith": "..."}: declined with exactly this text;</li>
 *   <li>{@code "neverGives": [...]}: whether answered or not, none of these values.</li>
 * </ul>
 * An unknown key or a line without one expectation fails the read, so a typing slip cannot leave a case that checks
 * nothing. Immutable; thread-safe.
 *
 * <pre>{@code
 * @QuestionTable("/sports/my-questions.jsonl")
 * void answersOrDeclinesAsTheTableSays(QuestionCase question) {
 *     question.check(q -> { var r = qa.answer(q); return new QuestionCase.Reply(r.answered(), r.values(), r.answer().text()); });
 * }
 * }</pre>
 */
public record QuestionCase(String source, String behaviour, String question, JsonNode expectation) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> EXPECTATIONS = Set.of("answers", "answersInAnyOrder", "answersCount", "declinesSaying",
            "declinesStartingWith", "declinesWith", "neverGives");
    private static final Set<String> KEYS = union(EXPECTATIONS, Set.of("behaviour", "question", "because", "answersIncluding"));

    /** What a question-answering system gave back for one question. */
    public record Reply(boolean answered, List<String> values, String text) {
    }

    public QuestionCase {
        Objects.requireNonNull(behaviour, source + ": expected a \"behaviour\"");
        Objects.requireNonNull(question, source + ": expected a \"question\"");
        var names = new TreeSet<String>();
        expectation.fieldNames().forEachRemaining(names::add);
        var unknown = new TreeSet<>(names);
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(source + ": unknown keys " + unknown + ", expected some of " + new TreeSet<>(KEYS));
        }
        long expectations = names.stream().filter(EXPECTATIONS::contains).count();
        if (expectations != 1 || names.contains("answersCount") != names.contains("answersIncluding")) {
            throw new IllegalArgumentException(source + ": expected exactly one expectation of " + new TreeSet<>(EXPECTATIONS)
                    + " (answersCount with answersIncluding), got " + names);
        }
    }

    /** The cases of a JSON Lines resource on {@code owner}'s class path, each named by its resource and line. */
    public static Stream<QuestionCase> read(Class<?> owner, String resource) {
        var cases = new ArrayList<QuestionCase>();
        try (InputStream in = Objects.requireNonNull(owner.getResourceAsStream(resource), resource)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("//")) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                cases.add(new QuestionCase(resource + ":" + (i + 1), text(node, "behaviour"), text(node, "question"), node));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return cases.stream();
    }

    /** Asks the question through {@code ask} and asserts the expectation; the failure names the line and the reply. */
    public void check(Function<String, Reply> ask) {
        Reply r = ask.apply(question);
        String shown = source + " " + question + " -> " + (r.answered() ? r.values() : r.text());
        if (expectation.has("neverGives")) {
            assertThat(r.values()).as(shown).doesNotContain(strings("neverGives"));
            return;
        }
        boolean answers = expectation.has("answers") || expectation.has("answersInAnyOrder") || expectation.has("answersCount");
        assertThat(r.answered()).as(shown).isEqualTo(answers);
        if (expectation.has("answers")) {
            assertThat(r.values()).as(shown).containsExactly(strings("answers"));
        } else if (expectation.has("answersInAnyOrder")) {
            assertThat(r.values()).as(shown).containsExactlyInAnyOrder(strings("answersInAnyOrder"));
        } else if (expectation.has("answersCount")) {
            assertThat(r.values()).as(shown).hasSize(expectation.get("answersCount").asInt()).contains(strings("answersIncluding"));
        } else if (expectation.has("declinesSaying")) {
            for (String part : strings("declinesSaying")) {
                assertThat(r.text()).as(shown).contains(part);
            }
        } else if (expectation.has("declinesStartingWith")) {
            assertThat(r.text()).as(shown).startsWith(expectation.get("declinesStartingWith").asText());
        } else {
            assertThat(r.text()).as(shown).isEqualTo(expectation.get("declinesWith").asText());
        }
    }

    @Override
    public String toString() {
        return behaviour + ": " + question;
    }

    private String[] strings(String key) {
        var out = new ArrayList<String>();
        expectation.get(key).forEach(v -> out.add(v.asText()));
        return out.toArray(String[]::new);
    }

    private static String text(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null ? null : v.asText();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new TreeSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
