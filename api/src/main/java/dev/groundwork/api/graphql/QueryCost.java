package dev.groundwork.api.graphql;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLTypeUtil;

import java.util.List;
import java.util.Map;

/**
 * The cost of a field, checked against {@code groundwork.api.max-complexity} before a query runs
 * (docs/security.md): a field costs its {@link #WEIGHTS weight} (1 unless listed) plus its children's cost; a field
 * with a size argument ({@code k}, {@code first}, {@code limit}) costs its weight plus that size times its children, and
 * the lists just below it are the items it sized; any other list costs {@value #UNSIZED_LIST} items, so that a
 * fan-out through lists of lists ({@code searchTickets { ticket { links { ticket { links ... }}}}}) grows as it would
 * run. Stateless.
 */
final class QueryCost implements FieldComplexityCalculator {
    /** The work a top-level field does besides its result's size: retrieval, model inference, beam search. */
    static final Map<String, Integer> WEIGHTS = Map.of("ask", 500, "askTickets", 250, "askSports", 250,
            "complexQuery", 1000, "predictLinks", 50, "conceptSubgraph", 200, "searchTickets", 20, "similarTickets", 20, "subgraph", 20);
    /** The arguments that say how many items a field returns. */
    static final List<String> SIZE_ARGUMENTS = List.of("k", "first", "limit");
    /** How many items a list without a size argument counts as. */
    static final int UNSIZED_LIST = 10;

    @Override
    public int calculate(FieldComplexityEnvironment env, int childComplexity) {
        int weight = WEIGHTS.getOrDefault(env.getField().getName(), 1);
        Integer size = size(env);
        long cost;
        if (size != null) {
            cost = weight + (long) size * childComplexity;
        } else if (isList(env.getFieldDefinition()) && !sizedByAncestor(env)) {
            cost = weight + (long) UNSIZED_LIST * childComplexity;
        } else {
            cost = weight + (long) childComplexity;
        }
        return (int) Math.min(Integer.MAX_VALUE / 2, cost);
    }

    private static Integer size(FieldComplexityEnvironment env) {
        for (String name : SIZE_ARGUMENTS) {
            if (env.getArguments().get(name) instanceof Integer n) {
                return Math.max(1, n);
            }
        }
        return null;
    }

    private static boolean isList(GraphQLFieldDefinition field) {
        return GraphQLTypeUtil.unwrapNonNull(field.getType()) instanceof GraphQLList;
    }

    /** Whether the nearest sized field above is reached through objects only and is not itself a list of items. */
    private static boolean sizedByAncestor(FieldComplexityEnvironment env) {
        for (FieldComplexityEnvironment p = env.getParentEnvironment(); p != null; p = p.getParentEnvironment()) {
            boolean list = isList(p.getFieldDefinition());
            if (size(p) != null) {
                return !list;
            }
            if (list) {
                return false;
            }
        }
        return false;
    }
}
