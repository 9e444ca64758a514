package dev.groundwork.query.linkprediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.graph.BadInputException;
import org.junit.jupiter.api.Test;

class EnumNamesTest {
    @Test
    void commandLineSpellingsParseIgnoringCase() {
        assertThat(ModelType.of("complex")).isEqualTo(ModelType.COMPLEX);
        assertThat(ModelType.of("DistMult")).isEqualTo(ModelType.DISTMULT);
        assertThat(ModelType.of("TransE_l1")).isEqualTo(ModelType.TRANSE_L1);
        assertThat(ModelType.of("transe")).isEqualTo(ModelType.TRANSE_L2);
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
