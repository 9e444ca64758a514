package dev.groundwork.api.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.GraphQLScalarType;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The {@code JSON} scalar: any JSON value, used for node and edge properties. */
final class JsonScalar {
    static final GraphQLScalarType JSON = GraphQLScalarType.newScalar()
            .name("JSON")
            .description("Any JSON value: the properties of a node or edge.")
            .coercing(new JsonCoercing())
            .build();

    private JsonScalar() {}

    private static final class JsonCoercing implements Coercing<Object, Object> {
        @Override
        public Object serialize(Object value, GraphQLContext context, Locale locale) {
            return value;
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) {
            return input;
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            return literal(input, variables);
        }

        private static Object literal(Value<?> input, CoercedVariables variables) {
            return switch (input) {
                case NullValue n -> null;
                case StringValue s -> s.getValue();
                case IntValue i -> i.getValue();
                case FloatValue f -> f.getValue();
                case BooleanValue b -> b.isValue();
                case EnumValue e -> e.getName();
                case VariableReference v -> variables.get(v.getName());
                case ArrayValue a -> a.getValues().stream().map(v -> literal(v, variables)).toList();
                case ObjectValue o -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    o.getObjectFields().forEach(f -> m.put(f.getName(), literal(f.getValue(), variables)));
                    yield m;
                }
                default -> throw new CoercingParseLiteralException("JSON cannot hold a " + input.getClass().getSimpleName());
            };
        }
    }
}
