package dev.groundwork.query.cqa;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * A first-order logical query as a tree: an anchor entity, a relation followed from the answers of
 * a sub-query (forwards or inverse), and the intersection, union and complement of sub-queries.
 * The answers of the whole tree are the values of its one free (target) variable; every inner
 * projection is an existentially quantified variable. Immutable values.
 *
 * <p>The JSON form ({@link #parse(String)}, {@link #toJson()}) is that of the Query2Box/BetaE
 * files: {@code {"entity": NAME}}, {@code {"rel": NAME, "inverse": BOOL, "of": Q}},
 * {@code {"and": [Q, ...]}}, {@code {"or": [Q, ...]}}, {@code {"not": Q}}.
 *
 * <pre>{@code
 * Query q = Query.parse("{\"rel\": \"capitalOf\", \"inverse\": false, \"of\": {\"entity\": \"paris\"}}");
 * QueryType type = QueryType.of(q);   // P1
 * }</pre>
 */
public sealed interface Query permits Query.Anchor, Query.Projection, Query.And, Query.Or, Query.Not {

    /** An anchor: the single entity {@code entity}. */
    record Anchor(String entity) implements Query {
        public Anchor {
            Objects.requireNonNull(entity, "entity");
        }
    }

    /** The entities {@code t} with {@code (s, relation, t)} for an answer s of {@code of}; with {@code inverse}, {@code (t, relation, s)}. */
    record Projection(String relation, boolean inverse, Query of) implements Query {
        public Projection {
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(of, "of");
        }
    }

    /** The intersection of at least two sub-queries. */
    record And(List<Query> operands) implements Query {
        public And {
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new dev.groundwork.graph.BadInputException("\"and\" needs at least 2 operands, got " + operands.size());
            }
        }
    }

    /** The union of at least two sub-queries. */
    record Or(List<Query> operands) implements Query {
        public Or {
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new dev.groundwork.graph.BadInputException("\"or\" needs at least 2 operands, got " + operands.size());
            }
        }
    }

    /** The complement of a sub-query (only meaningful inside an {@link And} or under a projection). */
    record Not(Query operand) implements Query {
        public Not {
            Objects.requireNonNull(operand, "operand");
        }
    }

    /**
     * Parses the JSON form.
     *
     * @throws dev.groundwork.graph.BadInputException on malformed JSON or a node of the wrong shape, naming its path in the tree
     */
    static Query parse(String json) {
        return QueryJson.parse(json);
    }

    /** Parses an already-read JSON tree; errors as {@link #parse(String)}. */
    static Query fromJson(JsonNode node) {
        return QueryJson.fromJson(node, "query");
    }

    /** The JSON form, compact. */
    default String toJson() {
        return QueryJson.write(this);
    }
}
