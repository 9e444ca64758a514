package dev.groundwork.api.graphql;

import dev.groundwork.graph.schema.ClasspathDirectory;
import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.CoercedVariables;
import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The cost rule against the queries Groundwork ships and the fan-outs it must refuse, without a server. */
class QueryCostTest {
    private static final int MAX = 10_000;
    private static final GraphQLSchema SCHEMA = GraphQLFactory.schema(RuntimeWiring.newRuntimeWiring());
    private static final Pattern FENCE = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

    private static int cost(String query) {
        Document doc = Parser.parse(query);
        int worst = 0;
        for (OperationDefinition op : doc.getDefinitionsOfType(OperationDefinition.class)) {
            worst = Math.max(worst, QueryComplexityCalculator.newCalculator().schema(SCHEMA).document(doc)
                    .operationName(op.getName()).fieldComplexityCalculator(new QueryCost())
                    .variables(CoercedVariables.of(placeholders(op))).build().calculate());
        }
        return worst;
    }

    /** A value for each variable the operation declares (sizes keep their defaults): "x", or ["x"] for a list. */
    private static Map<String, Object> placeholders(OperationDefinition op) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (VariableDefinition v : op.getVariableDefinitions()) {
            String type = AstPrinter.printAst(v.getType());
            if (!type.startsWith("Int")) {
                values.put(v.getName(), type.startsWith("[") ? List.of("x") : "x");
            }
        }
        return values;
    }

    /** Every query a user is shown: the GraphiQL examples, the README's blocks and the operations of bench api. */
    private static Map<String, String> shipped() throws Exception {
        Map<String, String> queries = new LinkedHashMap<>();
        ClasspathDirectory.list("graphiql/examples", ".graphql").forEach(e -> queries.put(e.name(), e.text()));
        Matcher m = FENCE.matcher(Files.readString(Path.of("..", "README.md")));
        for (int i = 0; m.find(); i++) {
            queries.put("README block " + i, m.group(1));
        }
        Class<?> bench = Class.forName("dev.groundwork.api.cli.BenchApiCommand");
        for (String name : List.of("ASK", "SEARCH", "SUBGRAPH", "PREDICT", "SEEDS")) {
            Field f = bench.getDeclaredField(name);
            f.setAccessible(true);
            queries.put("bench api " + name, (String) f.get(null));
        }
        return queries;
    }

    @Test
    void everyShippedQueryIsWithinTheDefaultBudget() throws Exception {
        Map<String, String> queries = shipped();
        assertThat(queries).hasSizeGreaterThan(15);
        queries.forEach((name, q) -> assertThat(cost(q)).as(name).isPositive().isLessThanOrEqualTo(MAX));
    }

    @Test
    void aListCostsItsSizeTimesItsChildren() {
        assertThat(cost("{ searchTickets(text: \"x\", k: 10) { score } }")).isEqualTo(20 + 10 * 1);
        assertThat(cost("{ searchTickets(text: \"x\", k: 100) { score } }")).isEqualTo(20 + 100 * 1);
        // subgraph's limit sizes its node and edge lists: they are not counted again.
        assertThat(cost("{ subgraph(seeds: [\"a\"], limit: 50) { nodes { id } } }")).isEqualTo(20 + 50 * (1 + 1));
        // An unsized list at the top counts 10 items.
        assertThat(cost("{ stats { labels { name } } }")).isEqualTo(1 + 1 + 10 * 1);
    }

    @Test
    void aFanOutThroughListsOfListsIsOverTheBudget() {
        String fanOut = "{ searchTickets(text: \"x\", k: 100) { ticket { links { ticket { links { ticket { key } } } } } } }";
        assertThat(cost(fanOut)).isGreaterThan(MAX);
    }

    @Test
    void twoHundredFiftyAliasedAsksAreOverTheBudgetWhereOneIsNot() {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            fields.add("a" + i + ": ask(question: \"q\") { text }");
        }
        assertThat(cost("{ " + String.join(" ", fields) + " }")).isGreaterThan(MAX);
        assertThat(cost("{ ask(question: \"q\") { text } }")).isEqualTo(500 + 3 * 1);
    }
}
