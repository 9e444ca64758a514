package dev.groundwork.graph.cypher;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.Deadline;
import dev.groundwork.graph.store.GraphStore;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

import java.time.Duration;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs Cypher that a person or a model supplied: the query is checked by {@link CypherValidator}
 * first (parsed, planned with {@code EXPLAIN}, refused unless it only reads the graph or writes were
 * allowed), then run with bound parameters in a transaction of the matching access mode, under the
 * {@link CypherLimits}: at most {@code maxRows} rows (the result says {@code truncated} beyond them)
 * and a transaction timeout enforced by the database. Results come back as plain Java values (maps,
 * lists, strings, numbers), nodes and relationships as maps, ready for JSON. Thread-safe; stateless
 * apart from the store.
 *
 * <pre>{@code
 * UserCypher.Result r = new UserCypher(store).run("MATCH (t:Team {name: $name}) RETURN t", Map.of("name", "Brazil"), false);
 * }</pre>
 */
public final class UserCypher {
    /**
     * A query's result.
     *
     * @param columns the column names, in order
     * @param rows one map a row, column name to value
     * @param queryType what the planner says the query does (READ_ONLY, READ_WRITE, WRITE_ONLY, SCHEMA_WRITE)
     * @param truncated true when the query had more rows than {@link CypherLimits#maxRows()} and only those were kept
     */
    public record Result(List<String> columns, List<Map<String, Object>> rows, String queryType, boolean truncated) {
        public Result {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    private final GraphStore store;
    private final CypherValidator validator;
    private final CypherLimits limits;

    /** With the {@link CypherLimits#DEFAULT default limits}. */
    public UserCypher(GraphStore store) {
        this(store, CypherLimits.DEFAULT);
    }

    public UserCypher(GraphStore store, CypherLimits limits) {
        this.store = store;
        this.validator = new CypherValidator(store);
        this.limits = java.util.Objects.requireNonNull(limits, "limits");
    }

    /** The validator every query of this runner passes first. */
    public CypherValidator validator() {
        return validator;
    }

    public CypherLimits limits() {
        return limits;
    }

    /**
     * Runs a person's {@code cypher} with {@code parameters}.
     *
     * @param allowWrites false refuses any query the planner does not classify as read-only
     * @throws CypherRefusedException when a rule of {@link CypherValidator} refuses the query
     * @throws BadInputException when the query is invalid or fails
     */
    public Result run(String cypher, Map<String, Object> parameters, boolean allowWrites) {
        return run(cypher, parameters, allowWrites ? CypherValidator.Rules.WRITE : CypherValidator.Rules.READ);
    }

    /**
     * Runs {@code cypher} with {@code parameters} if {@code rules} allow it; {@link CypherValidator.Rules#GENERATED}
     * for a model's query.
     *
     * @throws CypherRefusedException when a rule refuses the query; nothing of it ran
     * @throws BadInputException when the query is invalid, fails, or runs longer than the timeout
     */
    public Result run(String cypher, Map<String, Object> parameters, CypherValidator.Rules rules) {
        QueryType type = validator.check(cypher, parameters, rules);
        AccessMode mode = type == QueryType.READ_ONLY ? AccessMode.READ : AccessMode.WRITE;
        // Inside a request (a GraphQL field), the request's Deadline shortens the timeout when less time is left.
        Deadline.check("a Cypher query");
        Duration timeout = limits.timeout();
        long left = Deadline.remainingNanos().orElse(Long.MAX_VALUE);
        if (left < timeout.toNanos()) {
            timeout = Duration.ofMillis(Math.max(1, left / 1_000_000));
        }
        TransactionConfig config = TransactionConfig.builder().withTimeout(timeout).build();
        try (Session s = store.session(mode)) {
            org.neo4j.driver.TransactionCallback<Result> work = tx -> {
                var result = tx.run(cypher, parameters);
                List<String> columns = result.keys();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rows.size() < limits.maxRows() && result.hasNext()) {
                    var rec = result.next();
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (String c : columns) {
                        row.put(c, toJava(rec.get(c)));
                    }
                    rows.add(row);
                }
                boolean truncated = result.hasNext();
                // A write query's remaining rows are discarded, not left unexecuted: consume runs it to the end.
                result.consume();
                return new Result(columns, rows, type.name(), truncated);
            };
            return mode == AccessMode.READ ? s.executeRead(work, config) : s.executeWrite(work, config);
        } catch (ClientException e) {
            if (isTimeout(e)) {
                throw new BadInputException("cypher query ran longer than groundwork.cypher.timeout ("
                        + limits.timeout() + ") and was stopped; narrow it or add a LIMIT", e);
            }
            throw new BadInputException("cypher query failed: " + e.getMessage(), e);
        }
    }

    /** Asks the planner what the query does, without running it (see {@link CypherValidator#plan}). */
    public QueryType plan(String cypher, Map<String, Object> parameters) {
        return validator.plan(cypher, parameters);
    }

    private static boolean isTimeout(ClientException e) {
        String code = e.code() == null ? "" : e.code();
        return code.contains("TransactionTimedOut") || code.contains("Transaction.TransactionTimedOut");
    }

    /** Converts a driver value into plain Java: maps for nodes, relationships and paths. */
    public static Object toJava(Value v) {
        Object o = v.asObject();
        return convert(o);
    }

    private static Object convert(Object o) {
        return switch (o) {
            case null -> null;
            case Node n -> node(n);
            case Relationship r -> relationship(r);
            case Path p -> Map.of("nodes", toList(p.nodes()), "relationships", toList(p.relationships()));
            case Map<?, ?> m -> {
                Map<String, Object> out = new LinkedHashMap<>();
                m.forEach((k, val) -> out.put(String.valueOf(k), convert(val)));
                yield out;
            }
            case List<?> l -> l.stream().map(UserCypher::convert).toList();
            case TemporalAccessor t -> t.toString();
            case org.neo4j.driver.types.IsoDuration d -> d.toString();
            case org.neo4j.driver.types.Point p -> Map.of("srid", p.srid(), "x", p.x(), "y", p.y());
            default -> o;
        };
    }

    private static List<Object> toList(Iterable<?> items) {
        List<Object> out = new ArrayList<>();
        items.forEach(i -> out.add(convert(i)));
        return out;
    }

    private static Map<String, Object> node(Node n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.elementId());
        List<String> labels = new ArrayList<>();
        n.labels().forEach(labels::add);
        m.put("labels", labels);
        m.put("properties", convert(n.asMap()));
        return m;
    }

    private static Map<String, Object> relationship(Relationship r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.elementId());
        m.put("type", r.type());
        m.put("start", r.startNodeElementId());
        m.put("end", r.endNodeElementId());
        m.put("properties", convert(r.asMap()));
        return m;
    }
}
