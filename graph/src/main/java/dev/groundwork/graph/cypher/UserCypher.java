package dev.groundwork.graph.cypher;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.store.GraphStore;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs Cypher that a person or a model supplied: the text is planned with {@code EXPLAIN} first and
 * refused unless it only reads (or writes were allowed), then run with bound parameters in a
 * transaction of the matching access mode. Results come back as plain Java values (maps, lists,
 * strings, numbers), nodes and relationships as maps, ready for JSON. Thread-safe; stateless
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
     */
    public record Result(List<String> columns, List<Map<String, Object>> rows, String queryType) {
        public Result {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    private final GraphStore store;

    public UserCypher(GraphStore store) {
        this.store = store;
    }

    /**
     * Runs {@code cypher} with {@code parameters}.
     *
     * @param allowWrites false refuses any query the planner does not classify as read-only
     * @throws BadInputException when the query is invalid or writes without permission
     */
    public Result run(String cypher, Map<String, Object> parameters, boolean allowWrites) {
        if (cypher == null || cypher.isBlank()) {
            throw new BadInputException("cypher query must not be empty");
        }
        QueryType type = plan(cypher, parameters);
        if (!allowWrites && type != QueryType.READ_ONLY) {
            throw new BadInputException("cypher query is not read-only (the planner classifies it as " + type
                    + "); pass --write to allow writes");
        }
        AccessMode mode = type == QueryType.READ_ONLY ? AccessMode.READ : AccessMode.WRITE;
        try (Session s = store.session(mode)) {
            org.neo4j.driver.TransactionCallback<Result> work = tx -> {
                var result = tx.run(cypher, parameters);
                List<String> columns = result.keys();
                List<Map<String, Object>> rows = new ArrayList<>();
                result.forEachRemaining(rec -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (String c : columns) {
                        row.put(c, toJava(rec.get(c)));
                    }
                    rows.add(row);
                });
                return new Result(columns, rows, type.name());
            };
            return mode == AccessMode.READ ? s.executeRead(work) : s.executeWrite(work);
        } catch (ClientException e) {
            throw new BadInputException("cypher query failed: " + e.getMessage(), e);
        }
    }

    /** Asks the planner what the query does, without running it. */
    public QueryType plan(String cypher, Map<String, Object> parameters) {
        try (Session s = store.session(AccessMode.READ)) {
            return s.run("EXPLAIN " + cypher, parameters).consume().queryType();
        } catch (ClientException e) {
            throw new BadInputException("cypher query is not valid: " + e.getMessage(), e);
        }
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
