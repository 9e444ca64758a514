package dev.groundwork.api.cli;

import dev.groundwork.query.cqa.LabeledQuery;
import dev.groundwork.query.cqa.QueryGenerator;
import dev.groundwork.query.cqa.QueryType;
import dev.groundwork.query.linkprediction.TripleSplits;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Arrays;
import java.util.List;

/**
 * The complex queries a command generates from triple splits ({@code generate cqa}, {@code tune cqa}, {@code train cqa}):
 * their types, how many of each, how they are sampled, the bound on their hard answers and the seed. A picocli mixin whose defaults the command gives when it creates it,
 * since the commands want different amounts; picocli shows them as {@code ${DEFAULT-VALUE}}. One per command
 * invocation.
 *
 * <pre>{@code
 * @Mixin
 * QueryGenerationOptions generated = new QueryGenerationOptions(200, CommandGroup.ALL_QUERY_TYPES);
 * ...
 * List<LabeledQuery> validation = generated.generate(splits, QueryGenerator.Purpose.VALID);
 * }</pre>
 */
final class QueryGenerationOptions {
    @Option(names = "--types", split = ",", description = "Query types to generate (default: ${DEFAULT-VALUE}).")
    List<String> types;

    @Option(names = "--n", description = "Generated queries of each type (default: ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--max-answers", defaultValue = "0", paramLabel = "N",
            description = "Reject queries with more than N hard answers, as BetaE's max_ans_num (default: ${DEFAULT-VALUE}, no bound, as"
                    + " in the Query2Box test sets).")
    int maxAnswers;

    private static final String PROTOCOL = "betae: every query grounded backwards from an answer (BetaE's create_queries.py);"
            + " query2box: chains and unions sampled forwards from random anchors, as in the Query2Box test sets"
            + " (default: ${DEFAULT-VALUE}).";

    @Option(names = "--protocol", defaultValue = "betae", description = PROTOCOL)
    QueryGenerator.Protocol protocol;

    @Mixin
    SeedOption seed;

    /** @param types the default of {@code --types}, comma-separated as on the command line */
    QueryGenerationOptions(int n, String types) {
        this.n = n;
        this.types = Arrays.asList(types.split(","));
    }

    /** {@code --n} queries of each of {@code --types}, grounded and answered as {@code purpose} says. */
    List<LabeledQuery> generate(TripleSplits splits, QueryGenerator.Purpose purpose) {
        return QueryGenerator.generate(splits, types.stream().map(QueryType::of).toList(), n, purpose, seed.value(), protocol,
                maxAnswers);
    }
}
