package dev.groundwork.query.text2cypher;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a model's reply becomes the one query that is validated (no database needed). */
class Text2CypherReplyTest {

    @Test
    void takesTheFirstFencedBlockAndDropsTrailingSemicolons() {
        assertThat(Text2Cypher.extract("Sure:\n```cypher\nMATCH (t:Team) RETURN t.name AS value;\n```\nand ```cypher\nRETURN 2\n```"))
                .isEqualTo("MATCH (t:Team) RETURN t.name AS value");
        assertThat(Text2Cypher.extract("```\nRETURN 1 AS value\n```")).isEqualTo("RETURN 1 AS value");
    }

    @Test
    void aReplyWithoutAFenceIsTakenWhole() {
        assertThat(Text2Cypher.extract("  RETURN 1 AS value ;; ")).isEqualTo("RETURN 1 AS value");
        assertThat(Text2Cypher.extract("")).isEmpty();
    }

    @Test
    void anOutcomeIsEitherAnsweredOrDeclinedWithAReason() {
        assertThatThrownBy(() -> new Text2Cypher.Outcome(false, List.of(), List.of(), "", "", 1))
                .hasMessage("an outcome is answered or declined with a reason, got answered=false declined=''");
        assertThat(new Text2Cypher.Outcome(true, List.of("Brazil"), List.of(), "RETURN 'Brazil' AS value", "", 1).values())
                .containsExactly("Brazil");
    }
}
