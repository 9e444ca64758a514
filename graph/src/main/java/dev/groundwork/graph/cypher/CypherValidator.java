package dev.groundwork.graph.cypher;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.cypher.CypherRefusedException.Reason;
import dev.groundwork.graph.store.GraphStore;
import org.neo4j.cypher.internal.ast.AdministrationCommand;
import org.neo4j.cypher.internal.ast.CommandClause;
import org.neo4j.cypher.internal.ast.LoadCSV;
import org.neo4j.cypher.internal.ast.SchemaCommand;
import org.neo4j.cypher.internal.ast.ShowConstraintsClause;
import org.neo4j.cypher.internal.ast.ShowFunctionsClause;
import org.neo4j.cypher.internal.ast.ShowIndexesClause;
import org.neo4j.cypher.internal.ast.ShowProceduresClause;
import org.neo4j.cypher.internal.ast.Statement;
import org.neo4j.cypher.internal.ast.SubqueryCall;
import org.neo4j.cypher.internal.ast.UnresolvedCall;
import org.neo4j.cypher.internal.ast.UseGraph;
import org.neo4j.cypher.internal.expressions.LabelName;
import org.neo4j.cypher.internal.expressions.LabelOrRelTypeName;
import org.neo4j.cypher.internal.expressions.MapExpression;
import org.neo4j.cypher.internal.expressions.NodePattern;
import org.neo4j.cypher.internal.expressions.Property;
import org.neo4j.cypher.internal.expressions.PropertyKeyName;
import org.neo4j.cypher.internal.expressions.PropertySelector;
import org.neo4j.cypher.internal.expressions.RelTypeName;
import org.neo4j.cypher.internal.expressions.RelationshipPattern;
import org.neo4j.cypher.internal.parser.Cypher25AstParserFactory;
import org.neo4j.cypher.internal.parser.Cypher5AstParserFactory;
import org.neo4j.cypher.internal.util.Foldable;
import org.neo4j.cypher.internal.util.Neo4jCypherExceptionFactory;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.QueryType;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;
import scala.reflect.ClassTag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one gate for Cypher that Groundwork did not write itself: a person's ({@code groundwork cypher},
 * GraphQL) or a model's (Text2Cypher). It works on the parsed query, never on its text: the query is
 * parsed by Neo4j's own Cypher front end, in every Cypher version the database may run it as (5 and
 * 25), and each syntax tree is checked; then the database plans it with {@code EXPLAIN}.
 *
 * <p>The rules, each refused with a {@link CypherRefusedException} naming what and why:
 * <ul>
 *   <li>no {@code LOAD CSV} (the planner calls it a read, but it reads files and URLs), even with writes allowed;</li>
 *   <li>no {@code CALL { ... } IN TRANSACTIONS} (it commits outside the caller's transaction);</li>
 *   <li>procedures only from {@link #ALLOWED_PROCEDURES}; {@code CALL { ... }} subqueries are fine;</li>
 *   <li>no administration commands, no {@code USE}, and of the {@code SHOW} commands only indexes,
 *       constraints, procedures and functions ({@code SHOW SETTINGS} and {@code SHOW TRANSACTIONS}
 *       reveal the configuration and other sessions' queries, like the refused {@code dbms.*} procedures);</li>
 *   <li>the planner classifies the query as {@link QueryType#READ_ONLY}, unless writes are allowed;</li>
 *   <li>for {@link Rules#GENERATED} Cypher: every label, relationship type and property key it
 *       matches on exists in the database (a model's invented name is refused, not run to an empty answer).</li>
 * </ul>
 *
 * <p>Thread-safe; stateless apart from the store.
 *
 * <pre>{@code
 * QueryType type = new CypherValidator(store).check("MATCH (t:Team) RETURN t.name", Map.of(), CypherValidator.Rules.GENERATED);
 * }</pre>
 */
public final class CypherValidator {
    /** The procedures any query may call: they describe the schema and nothing else. */
    public static final Set<String> ALLOWED_PROCEDURES = Set.of("db.labels", "db.relationshipTypes", "db.propertyKeys",
            "db.schema.visualization", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties");

    private static final String LABELS = "CALL db.labels() YIELD label RETURN collect(label) AS names";
    private static final String TYPES = "CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS names";
    private static final String KEYS = "CALL db.propertyKeys() YIELD propertyKey RETURN collect(propertyKey) AS names";

    /**
     * What a query may do.
     *
     * @param allowWrites the read-only rule is lifted (the file, procedure and batch rules stay)
     * @param knownNamesOnly labels, relationship types and property keys must exist in the database
     */
    public record Rules(boolean allowWrites, boolean knownNamesOnly) {
        /** A person's query, reads only. */
        public static final Rules READ = new Rules(false, false);
        /** A person's query with {@code --write}. */
        public static final Rules WRITE = new Rules(true, false);
        /** A model's query: reads only, and only names the database has. */
        public static final Rules GENERATED = new Rules(false, true);
    }

    private final GraphStore store;

    public CypherValidator(GraphStore store) {
        this.store = store;
    }

    /**
     * Checks {@code cypher} against {@code rules} without running it.
     *
     * @return what the planner says the query does
     * @throws CypherRefusedException when a rule refuses it
     * @throws BadInputException when it is empty or not valid Cypher
     */
    public QueryType check(String cypher, Map<String, Object> parameters, Rules rules) {
        List<Statement> trees = parse(cypher);
        for (Statement tree : trees) {
            checkStructure(tree, rules);
        }
        QueryType type = plan(cypher, parameters);
        if (!rules.allowWrites() && type != QueryType.READ_ONLY) {
            throw new CypherRefusedException(Reason.WRITE, "cypher query is not read-only (the planner classifies it as "
                    + type + "); pass --write to allow writes");
        }
        if (rules.knownNamesOnly()) {
            for (Statement tree : trees) {
                checkNames(tree);
            }
        }
        return type;
    }

    /** Asks the planner what the query does, without running it (and without the other rules). */
    public QueryType plan(String cypher, Map<String, Object> parameters) {
        try (Session s = store.session(AccessMode.READ)) {
            return s.run("EXPLAIN " + cypher, parameters).consume().queryType();
        } catch (ClientException e) {
            throw new BadInputException("cypher query is not valid: " + e.getMessage(), e);
        }
    }

    /**
     * The syntax trees of {@code cypher} in each Cypher version that accepts it: the database runs
     * it in its default version, so every reading of it must pass.
     */
    static List<Statement> parse(String cypher) {
        if (cypher == null || cypher.isBlank()) {
            throw new BadInputException("cypher query must not be empty");
        }
        List<Statement> trees = new ArrayList<>();
        RuntimeException first = null;
        for (int version : new int[] {25, 5}) {
            var errors = new Neo4jCypherExceptionFactory(cypher, Option.empty());
            try {
                var parser = version == 25 ? Cypher25AstParserFactory.apply(cypher, errors, Option.empty())
                        : Cypher5AstParserFactory.apply(cypher, errors, Option.empty());
                trees.add(parser.singleStatement());
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            } catch (StackOverflowError e) {
                throw new BadInputException("cypher query is nested too deeply to parse (" + cypher.length() + " characters)");
            }
        }
        if (trees.isEmpty()) {
            throw new BadInputException("cypher query is not valid: " + first.getMessage(), first);
        }
        return trees;
    }

    private static void checkStructure(Statement tree, Rules rules) {
        if (tree instanceof AdministrationCommand) {
            throw new CypherRefusedException(Reason.COMMAND, "cypher query is an administration command ("
                    + tree.getClass().getSimpleName() + "); Groundwork runs graph queries only, use cypher-shell as an administrator");
        }
        if (tree instanceof SchemaCommand && !rules.allowWrites()) {
            throw new CypherRefusedException(Reason.WRITE, "cypher query changes the schema ("
                    + tree.getClass().getSimpleName() + "); pass --write to allow writes");
        }
        if (!all(tree, LoadCSV.class).isEmpty()) {
            throw new CypherRefusedException(Reason.LOAD_CSV,
                    "cypher query uses LOAD CSV, which reads files and URLs rather than the graph; it is refused even with --write");
        }
        for (SubqueryCall call : all(tree, SubqueryCall.class)) {
            if (call.inTransactionsParameters().isDefined()) {
                throw new CypherRefusedException(Reason.CALL_IN_TRANSACTIONS,
                        "cypher query uses CALL { ... } IN TRANSACTIONS, which commits outside the query's transaction; run the subquery without IN TRANSACTIONS");
            }
        }
        for (UnresolvedCall call : all(tree, UnresolvedCall.class)) {
            String name = call.procedureName().fullName();
            if (!ALLOWED_PROCEDURES.contains(name)) {
                throw new CypherRefusedException(Reason.PROCEDURE, "cypher query calls procedure " + name
                        + ", which is not allowed; allowed: " + new TreeSet<>(ALLOWED_PROCEDURES));
            }
        }
        for (CommandClause command : all(tree, CommandClause.class)) {
            if (!(command instanceof ShowIndexesClause || command instanceof ShowConstraintsClause
                    || command instanceof ShowProceduresClause || command instanceof ShowFunctionsClause)) {
                throw new CypherRefusedException(Reason.COMMAND, "cypher query runs " + command.name()
                        + ", which is not allowed; allowed commands: SHOW INDEXES, SHOW CONSTRAINTS, SHOW PROCEDURES, SHOW FUNCTIONS");
            }
        }
        if (!all(tree, UseGraph.class).isEmpty()) {
            throw new CypherRefusedException(Reason.USE,
                    "cypher query has a USE clause; the store's configured database is the only one queried (--neo4j-database)");
        }
    }

    private void checkNames(Statement tree) {
        Set<String> labels = new LinkedHashSet<>();
        Set<String> types = new LinkedHashSet<>();
        Set<String> either = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>();
        all(tree, LabelName.class).forEach(l -> labels.add(l.name()));
        all(tree, RelTypeName.class).forEach(t -> types.add(t.name()));
        all(tree, LabelOrRelTypeName.class).forEach(n -> either.add(n.name()));
        // Graph property keys only: a map literal's or a projection's own keys are names the query makes up.
        all(tree, Property.class).forEach(p -> keys.add(p.propertyKey().name()));
        all(tree, PropertySelector.class).forEach(p -> keys.add(p.key().name()));
        all(tree, NodePattern.class).forEach(n -> mapKeys(n.properties(), keys));
        all(tree, RelationshipPattern.class).forEach(r -> mapKeys(r.properties(), keys));
        Set<String> knownLabels = names(LABELS);
        Set<String> knownTypes = names(TYPES);
        Set<String> knownKeys = names(KEYS);
        List<String> unknown = new ArrayList<>();
        labels.stream().filter(l -> !knownLabels.contains(l)).forEach(l -> unknown.add("label " + l));
        types.stream().filter(t -> !knownTypes.contains(t)).forEach(t -> unknown.add("relationship type " + t));
        either.stream().filter(n -> !knownLabels.contains(n) && !knownTypes.contains(n)).forEach(n -> unknown.add("label " + n));
        keys.stream().filter(k -> !knownKeys.contains(k)).forEach(k -> unknown.add("property key " + k));
        if (!unknown.isEmpty()) {
            throw new CypherRefusedException(Reason.UNKNOWN_NAME, "cypher query names " + String.join(", ", unknown)
                    + ", which the database does not have; use only the schema's labels, relationship types and property keys");
        }
    }

    private static void mapKeys(Option<org.neo4j.cypher.internal.expressions.Expression> properties, Set<String> keys) {
        if (properties.isDefined() && properties.get() instanceof MapExpression map) {
            CollectionConverters.asJava(map.items()).forEach(item -> keys.add(((PropertyKeyName) item._1()).name()));
        }
    }

    private Set<String> names(String query) {
        return Set.copyOf(store.read(tx -> tx.run(query).single().get("names").asList(v -> v.asString())));
    }

    private static <T> List<T> all(Foldable tree, Class<T> type) {
        return CollectionConverters.asJava(tree.folder().findAllByClass(ClassTag.apply(type)));
    }
}
