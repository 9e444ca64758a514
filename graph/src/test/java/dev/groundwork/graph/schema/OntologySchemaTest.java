package dev.groundwork.graph.schema;

import dev.groundwork.graph.BadInputException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OntologySchemaTest {
    private static final String PREFIXES = """
            @prefix gws: <https://groundwork.dev/schema#> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix ex: <https://example.org/> .
            """;

    @Test
    void readsLabelsKeysIndexesAndRelationshipTypes() {
        OntologySchema schema = OntologySchema.parse(Map.of("teams.ttl", PREFIXES + """
                ex:Team a owl:Class ; gws:nodeLabel "Team" ; gws:key "teamId" ; gws:index "name" ; gws:fulltext "name" .
                ex:Match a owl:Class ; gws:nodeLabel "Match" ; gws:key "matchId" .
                ex:HOME a owl:ObjectProperty ; gws:relationshipType "HOME_TEAM" ; rdfs:domain ex:Match ; rdfs:range ex:Team .
                """));
        assertThat(schema.nodeType("Team").key()).isEqualTo("teamId");
        assertThat(schema.relationshipTypes()).singleElement()
                .isEqualTo(new OntologySchema.RelationshipType("HOME_TEAM", "Match", "Team", "teams"));
        assertThat(schema.statements()).contains(
                "CREATE CONSTRAINT Team_teamId_unique IF NOT EXISTS FOR (n:Team) REQUIRE n.teamId IS UNIQUE",
                "CREATE INDEX Team_name IF NOT EXISTS FOR (n:Team) ON (n.name)",
                "CREATE FULLTEXT INDEX Team_fulltext IF NOT EXISTS FOR (n:Team) ON EACH [n.name]",
                "CREATE INDEX HOME_TEAM_gwRun IF NOT EXISTS FOR ()-[r:HOME_TEAM]-() ON (r.gwRun)");
    }

    @Test
    void projectOntologiesDeclareProvenance() {
        OntologySchema schema = OntologySchema.fromClasspath();
        assertThat(schema.nodeType("IngestRun").key()).isEqualTo("id");
        assertThat(schema.nodeType("Source").key()).isEqualTo("uri");
        assertThat(schema.declaresRelationshipType("READ")).isTrue();
    }

    @Test
    void rejectsLabelThatIsNotAnIdentifier() {
        assertThatThrownBy(() -> OntologySchema.parse(Map.of("bad.ttl", PREFIXES
                + "ex:X a owl:Class ; gws:nodeLabel \"Has Space\" .")))
                .isInstanceOf(BadInputException.class)
                .hasMessage("label must be a letter followed by letters, digits or '_', got 'Has Space'");
    }

    @Test
    void rejectsInvalidTurtleNamingTheFile() {
        assertThatThrownBy(() -> OntologySchema.parse(Map.of("broken.ttl", "ex:X a ")))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("ontology broken.ttl is not valid Turtle:");
    }

    @Test
    void unknownLabelListsTheKnownOnes() {
        assertThatThrownBy(() -> OntologySchema.fromClasspath().nodeType("Nope"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("label 'Nope' is not declared by any ontology; known labels: [")
                .hasMessageContaining("IngestRun");
    }
}
