package dev.groundwork.graph.cypher;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.cypher.CypherRefusedException.Reason;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each test names the attack on "read-only means graph reads only" that the validator stops (issues 15 and 17). */
@ExtendWith(SharedNeo4j.class)
class CypherValidatorTest {

    @BeforeAll
    static void graph(GraphStore store) {
        store.write(tx -> tx.run("CREATE (:VTeam {name: 'Brazil'})-[:V_PLAYED]->(:VMatch {goals: 3})").consume());
    }

    @AfterAll
    static void clean(GraphStore store) {
        store.write(tx -> tx.run("MATCH (n) WHERE n:VTeam OR n:VMatch OR n:Scratch DETACH DELETE n").consume());
    }

    private static Reason refusal(GraphStore store, String cypher, CypherValidator.Rules rules) {
        try {
            new UserCypher(store).run(cypher, Map.of(), rules);
        } catch (CypherRefusedException e) {
            return e.reason();
        }
        throw new AssertionError("not refused: " + cypher);
    }

    /** The rules a test table names by their constant's name. */
    private static CypherValidator.Rules rules(String name) {
        return switch (name) {
            case "READ" -> CypherValidator.Rules.READ;
            case "WRITE" -> CypherValidator.Rules.WRITE;
            default -> throw new IllegalArgumentException("rules '" + name + "' is not READ or WRITE");
        };
    }

    @Test
    void loadCsvOfALocalFileIsRefusedThoughThePlannerCallsItARead(GraphStore store) {
        assertThatThrownBy(() -> new UserCypher(store).run("LOAD CSV FROM 'file:///etc/hostname' AS l RETURN l", Map.of(), false))
                .isInstanceOf(CypherRefusedException.class)
                .hasMessage("cypher query uses LOAD CSV, which reads files and URLs rather than the graph; it is refused even with --write");
    }

    @Test
    void theEmbeddedDatabaseItselfRefusesFileUrlsInLoadCsv(GraphStore store) {
        // Behind the validator: a query that reached the database another way still cannot read local files.
        assertThatThrownBy(() -> store.read(tx -> tx.run("LOAD CSV FROM 'file:///etc/hostname' AS l RETURN l").list()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("dbms.security.allow_csv_import_from_file_urls' is false");
    }

    @Test
    void aDeeplyNestedQueryIsBadInputNotACrash(GraphStore store) {
        String nested = "RETURN " + "[".repeat(20_000) + "]".repeat(20_000) + " AS x";
        assertThatThrownBy(() -> new UserCypher(store).run(nested, Map.of(), false)).isInstanceOf(BadInputException.class);
    }

    @Test
    void procedureOutsideTheAllowlistIsRefusedNamingIt(GraphStore store) {
        assertThatThrownBy(() -> new UserCypher(store).run("CALL dbms.listConfig()", Map.of(), false))
                .isInstanceOf(CypherRefusedException.class)
                .hasMessageStartingWith("cypher query calls procedure dbms.listConfig, which is not allowed; allowed: [db.labels,");
    }

    @Test
    void callInTransactionsIsRefusedEvenWithWritesAllowed(GraphStore store) {
        assertThatThrownBy(() -> new UserCypher(store).run(
                "MATCH (n:VTeam) CALL (n) { SET n.touched = true } IN TRANSACTIONS OF 1 ROWS", Map.of(), true))
                .isInstanceOf(CypherRefusedException.class)
                .hasMessageStartingWith("cypher query uses CALL { ... } IN TRANSACTIONS");
        assertThat(refusal(store, "MATCH (n:VTeam) CALL { WITH n SET n.touched = true } IN TRANSACTIONS",
                CypherValidator.Rules.WRITE)).isEqualTo(Reason.CALL_IN_TRANSACTIONS);
        long touched = store.read(tx -> tx.run("MATCH (n:VTeam) WHERE n.touched IS NOT NULL RETURN count(n)").single().get(0).asLong());
        assertThat(touched).isZero();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            MATCH (t:VTeam) SET t.name = 'x'                   | READ
            MATCH (t:VTeam) CALL (t) { DETACH DELETE t }       | READ
            CREATE INDEX scratch_idx FOR (n:Scratch) ON (n.x)  | READ
            """)
    void writeWithoutWriteIsRefusedAndNothingIsWritten(String cypher, String rules, GraphStore store) {
        assertThat(refusal(store, cypher, rules(rules))).isEqualTo(Reason.WRITE);
        long brazil = store.read(tx -> tx.run("MATCH (t:VTeam {name: 'Brazil'}) RETURN count(t)").single().get(0).asLong());
        assertThat(brazil).isOne();
    }

    /** Each kind of statement that is not a graph read is refused for its reason, whatever the rules allow. */
    @ParameterizedTest(name = "{1}: {0} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # LOAD CSV, even with writes allowed and inside a subquery
            LOAD CSV WITH HEADERS FROM 'https://example.org/x.csv' AS r CREATE (:Scratch {x: r.x})  | WRITE | LOAD_CSV
            CALL () { LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l } RETURN l                  | READ  | LOAD_CSV
            # a procedure outside the allowlist
            CALL apoc.load.json('file:///etc/hostname') YIELD value RETURN value                   | WRITE | PROCEDURE
            MATCH (n) WITH n LIMIT 1 CALL db.stats.retrieve('GRAPH COUNTS') YIELD data RETURN data | READ  | PROCEDURE
            # administration and configuration commands
            SHOW SETTINGS                                                                          | WRITE | COMMAND
            SHOW TRANSACTIONS                                                                      | READ  | COMMAND
            TERMINATE TRANSACTIONS 'neo4j-transaction-1'                                           | WRITE | COMMAND
            CREATE USER mallory SET PASSWORD 'secret-secret'                                       | WRITE | COMMAND
            USE system MATCH (n) RETURN n                                                          | READ  | USE
            """)
    void refusesEachStatementThatIsNotAGraphReadForItsReason(String cypher, String rules, Reason reason, GraphStore store) {
        assertThat(refusal(store, cypher, rules(rules))).isEqualTo(reason);
    }

    @Test
    void readOnlySubqueryAllowedProceduresAndShowCommandsRun(GraphStore store) {
        var cypher = new UserCypher(store);
        assertThat(cypher.run("MATCH (t:VTeam) CALL (t) { MATCH (t)-[:V_PLAYED]->(m) RETURN sum(m.goals) AS goals } RETURN goals",
                Map.of(), false).rows()).containsExactly(Map.of("goals", 3L));
        assertThat(cypher.run("CALL db.labels() YIELD label RETURN label", Map.of(), false).rows())
                .contains(Map.of("label", "VTeam"));
        assertThat(cypher.run("CALL db.schema.visualization()", Map.of(), false).rows()).hasSize(1);
        assertThat(cypher.run("SHOW INDEXES YIELD name RETURN name", Map.of(), false).columns()).containsExactly("name");
        assertThat(cypher.run("SHOW PROCEDURES", Map.of(), false).rows()).isNotEmpty();
    }

    @Test
    void inventedLabelTypeOrPropertyFromAModelIsRefusedNamingIt(GraphStore store) {
        var cypher = new UserCypher(store);
        assertThatThrownBy(() -> cypher.run("MATCH (p:VFootballer)-[:V_PLAYED]->(m:VMatch) RETURN p.name", Map.of(),
                CypherValidator.Rules.GENERATED))
                .isInstanceOf(CypherRefusedException.class)
                .hasMessage("cypher query names label VFootballer, which the database does not have;"
                        + " use only the schema's labels, relationship types and property keys");
        assertThat(refusal(store, "MATCH (t:VTeam)-[:V_SCORED]->(m) RETURN m", CypherValidator.Rules.GENERATED))
                .isEqualTo(Reason.UNKNOWN_NAME);
        assertThat(refusal(store, "MATCH (t:VTeam {nickname: 'Seleção'}) RETURN t", CypherValidator.Rules.GENERATED))
                .isEqualTo(Reason.UNKNOWN_NAME);
        assertThat(refusal(store, "MATCH (t) WHERE t:VNation RETURN t.name", CypherValidator.Rules.GENERATED))
                .isEqualTo(Reason.UNKNOWN_NAME);
        assertThat(refusal(store, "MATCH (t:VTeam) RETURN t {.name, .fifaCode}", CypherValidator.Rules.GENERATED))
                .isEqualTo(Reason.UNKNOWN_NAME);
    }

    @Test
    void knownNamesAndTheQuerysOwnMapKeysPassForAModel(GraphStore store) {
        var result = new UserCypher(store).run("MATCH (t:VTeam {name: 'Brazil'})-[:V_PLAYED]->(m) WHERE t:VTeam "
                + "RETURN t {.name, total: m.goals} AS team, {made: 'up'} AS extra", Map.of(), CypherValidator.Rules.GENERATED);
        assertThat(result.rows()).hasSize(1);
    }

    @Test
    void aPersonMayNameLabelsTheGraphDoesNotHaveYet(GraphStore store) {
        assertThat(new UserCypher(store).run("MATCH (n:NotYetThere) RETURN n", Map.of(), false).rows()).isEmpty();
    }

    @Test
    void rowsBeyondTheCapAreCutAndTheResultSaysTruncated(GraphStore store) {
        var capped = new UserCypher(store, CypherLimits.DEFAULT.withMaxRows(5));
        var result = capped.run("UNWIND range(1, 100) AS i RETURN i", Map.of(), false);
        assertThat(result.rows()).hasSize(5);
        assertThat(result.truncated()).isTrue();
        assertThat(capped.run("UNWIND range(1, 5) AS i RETURN i", Map.of(), false).truncated()).isFalse();
    }

    @Test
    void theDefaultCapIsTenThousandRows(GraphStore store) {
        var result = new UserCypher(store).run("UNWIND range(1, 10001) AS i RETURN i", Map.of(), false);
        assertThat(result.rows()).hasSize(10_000);
        assertThat(result.truncated()).isTrue();
    }

    @Test
    void aQueryLongerThanTheTimeoutIsStoppedByTheDatabase(GraphStore store) {
        var quick = new UserCypher(store, CypherLimits.DEFAULT.withTimeout(java.time.Duration.ofMillis(300)));
        assertThatThrownBy(() -> quick.run("UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 99 RETURN count(i)",
                Map.of(), false))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("cypher query ran longer than groundwork.cypher.timeout (PT0.3S) and was stopped");
    }

    @Test
    void limitsNameTheSettingWhenOutOfRange() {
        assertThatThrownBy(() -> CypherLimits.of(0, "30s")).hasMessage("groundwork.cypher.max-rows must be at least 1, got 0");
        assertThatThrownBy(() -> CypherLimits.of(10, "soon"))
                .hasMessage("groundwork.cypher.timeout must be a duration such as 30s, 500ms or 2m, got 'soon'");
        assertThat(CypherLimits.of(10, "2m").timeout()).isEqualTo(java.time.Duration.ofMinutes(2));
        assertThat(CypherLimits.of(10, "PT5S").timeout()).isEqualTo(java.time.Duration.ofSeconds(5));
    }
}
