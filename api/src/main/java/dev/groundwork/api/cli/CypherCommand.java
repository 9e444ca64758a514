package dev.groundwork.api.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.cypher.CypherLimits;
import dev.groundwork.graph.cypher.UserCypher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code groundwork cypher "<query>"}: runs Cypher, read-only unless {@code --write}. */
@Command(name = "cypher", mixinStandardHelpOptions = true,
        footer = "--json: {\"columns\": [...], \"rows\": [{...}], \"truncated\": bool}.",
        description = "Run a Cypher query against the graph; read-only unless --write.")
final class CypherCommand extends StoreCommand {

    @Parameters(index = "0", paramLabel = "QUERY", description = "The Cypher query.")
    String query;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A query parameter; the value is read as JSON when it parses (42, true, \"x\", [1,2]), else as a string.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--write", description = "Allow the query to write.")
    boolean write;

    @Option(names = "--cypher-max-rows", paramLabel = "N", defaultValue = "10000",
            description = "Most rows returned; beyond them the result says truncated (groundwork.cypher.max-rows, default: ${DEFAULT-VALUE}).")
    int maxRows;

    @Option(names = "--cypher-timeout", paramLabel = "DURATION", defaultValue = "30s",
            description = "The database stops the query's transaction after this, e.g. 30s, 2m (groundwork.cypher.timeout, default: ${DEFAULT-VALUE}).")
    String timeout;

    @Override
    public void run() {
        UserCypher.Result result = store.using(s -> new UserCypher(s, CypherLimits.of(maxRows, timeout)).run(query, parameters(), write));
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("columns", result.columns());
        o.put("rows", result.rows());
        o.put("truncated", result.truncated());
        output.print(o, out -> {
            Console.table(out, result.columns(), result.rows());
            out.printf("%d row%s%s%n", result.rows().size(), result.rows().size() == 1 ? "" : "s",
                    result.truncated() ? " (truncated at --cypher-max-rows)" : "");
        });
    }

    private Map<String, Object> parameters() {
        Map<String, Object> out = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.isBlank()) {
                throw new BadInputException("--param must be NAME=VALUE, got '=" + v + "'");
            }
            out.put(k, parse(v));
        });
        return out;
    }

    private static Object parse(String value) {
        try {
            return Console.JSON.readValue(value, Object.class);
        } catch (JsonProcessingException e) {
            return value;
        }
    }
}
