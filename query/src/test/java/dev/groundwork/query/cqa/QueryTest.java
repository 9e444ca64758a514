package dev.groundwork.query.cqa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.graph.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void rejectsNodeWithoutKindNamingItsPath() {
        assertThatThrownBy(() -> Query.parse("{\"and\": [{\"entity\": \"a\"}, {\"relation\": \"r\"}]}"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("query.and[1] must have exactly one of [entity, rel, and, or, not], got fields [relation]");
    }

    @Test
    void rejectsProjectionWithoutOperand() {
        assertThatThrownBy(() -> Query.parse("{\"rel\": \"capitalOf\"}"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("query (rel 'capitalOf') needs \"of\"");
    }

    @Test
    void rejectsAndWithOneOperand() {
        assertThatThrownBy(() -> Query.parse("{\"and\": [{\"entity\": \"a\"}]}"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("query.and must be an array of at least 2 sub-queries");
    }

    @Test
    void rejectsNonBooleanInverse() {
        assertThatThrownBy(() -> Query.parse("{\"rel\": \"r\", \"inverse\": \"yes\", \"of\": {\"entity\": \"a\"}}"))
                .isInstanceOf(BadInputException.class).hasMessage("query.inverse must be true or false, got \"yes\"");
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
