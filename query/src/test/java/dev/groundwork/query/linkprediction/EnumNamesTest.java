package dev.groundwork.query.linkprediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.graph.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnumNamesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            complex    | COMPLEX
            DistMult   | DISTMULT
            TransE_l1  | TRANSE_L1
            transe     | TRANSE_L2
            """)
    void modelTypeSpellingsParseIgnoringCase(String spelling, ModelType expected) {
        assertThat(ModelType.of(spelling)).isEqualTo(expected);
    }

    @Test
    void optimizerAndSplitSpellingsParseIgnoringCase() {
        assertThat(OptimizerType.of("adam")).isEqualTo(OptimizerType.ADAM);
        assertThat(Split.of("test")).isEqualTo(Split.TEST);
    }

    @Test
    void unknownSpellingNamesTheParameterAndTheChoices() {
        assertThatThrownBy(() -> Split.of("dev"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("split 'dev' is unknown; expected one of train, valid, test");
        assertThatThrownBy(() -> ModelType.of("rotate"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("model type 'rotate' is unknown; expected one of complex, distmult, transe_l1, transe_l2");
    }
}
