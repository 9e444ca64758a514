package dev.groundwork.query.cqa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.graph.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryTest {
    @Test
    void parsesAndWritesTheJsonTree() {
        String json = "{\"and\":[{\"rel\":\"r\",\"inverse\":true,\"of\":{\"entity\":\"a\"}},{\"not\":{\"rel\":\"s\",\"inverse\":false,\"of\":{\"entity\":\"b\"}}}]}";

        Query q = Query.parse(json);

        assertThat(q).isEqualTo(new Query.And(List.of(new Query.Projection("r", true, new Query.Anchor("a")),
                new Query.Not(new Query.Projection("s", false, new Query.Anchor("b"))))));
        assertThat(q.toJson()).isEqualTo(json);
        assertThat(QueryType.of(q)).isEqualTo(QueryType.IN2);
    }

    @Test
    void rejectsMalformedJsonNamingThePosition() {
        assertThatThrownBy(() -> Query.parse("{\"entity\": \"a\""))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("query is not valid JSON").hasMessageContaining("line 1");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"and": [{"entity": "a"}, {"relation": "r"}]}         | query.and[1] must have exactly one of [entity, rel, and, or, not], got fields [relation]
            {"rel": "r", "inverse": "yes", "of": {"entity": "a"}}  | query.inverse must be true or false, got "yes"
            """)
    void rejectsABadNodeNamingItsPathAndWhatItGot(String json, String message) {
        assertThatThrownBy(() -> Query.parse(json)).isInstanceOf(BadInputException.class).hasMessage(message);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"rel": "capitalOf"}          | query (rel 'capitalOf') needs "of"
            {"and": [{"entity": "a"}]}    | query.and must be an array of at least 2 sub-queries
            """)
    void rejectsAnOperatorWithTooFewOperands(String json, String message) {
        assertThatThrownBy(() -> Query.parse(json)).isInstanceOf(BadInputException.class).hasMessageContaining(message);
    }

    @Test
    void recognisesOperandOrderIndependently() {
        Query pin = Query.parse(ComplexQueryAnswererTest.and(ComplexQueryAnswererTest.not(ComplexQueryAnswererTest.p("r", "a")),
                ComplexQueryAnswererTest.p("r", ComplexQueryAnswererTest.p("s", "b"))));
        Query swapped = Query.parse(ComplexQueryAnswererTest.and(ComplexQueryAnswererTest.p("r", ComplexQueryAnswererTest.p("s", "b")),
                ComplexQueryAnswererTest.not(ComplexQueryAnswererTest.p("r", "a"))));

        assertThat(QueryType.of(pin)).isEqualTo(QueryType.PIN);
        assertThat(QueryType.of(swapped)).isEqualTo(QueryType.PIN);
        assertThat(QueryType.of(new Query.Anchor("a"))).isEqualTo(QueryType.OTHER);
    }

    @Test
    void rejectsUnknownTypeLabel() {
        assertThatThrownBy(() -> QueryType.of("4p")).isInstanceOf(BadInputException.class).hasMessageContaining("got '4p'");
    }

    @Test
    void queryFileRoundTripsAndNamesTheBadLine(@TempDir Path dir) throws Exception {
        LabeledQuery q = new LabeledQuery(QueryType.P1, new Query.Projection("r", false, new Query.Anchor("a")), List.of("b", "c"), List.of("c"));
        LabeledQuery.write(dir.resolve("q.jsonl.gz"), List.of(q, q));
        assertThat(LabeledQuery.read(dir.resolve("q.jsonl.gz"))).containsExactly(q, q);

        Files.writeString(dir.resolve("bad.jsonl"), q.toJson() + "\n{\"type\": \"1p\", \"query\": {\"rel\": 3}}\n");
        assertThatThrownBy(() -> LabeledQuery.read(dir.resolve("bad.jsonl")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("bad.jsonl line 2: query.rel must be a non-empty string, got 3");
    }
}
