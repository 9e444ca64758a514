package dev.groundwork.graph.embedding;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TextEmbedderTest {
    private final TextEmbedder embedder = TextEmbedder.shared();

    @Test
    void embeddingsAreUnitVectorsOf384Dimensions() {
        float[] v = embedder.embed("NullPointerException in the DataNode on restart");
        assertThat(v).hasSize(TextEmbedder.DIMENSIONS);
        assertThat(TextEmbedder.dot(v, v)).isCloseTo(1.0, within(1e-4));
    }

    @Test
    void batchedEmbeddingsEqualLangChain4jsOneAtATime() {
        List<String> texts = List.of("short", "a somewhat longer sentence about a failing namenode",
                "the job tracker hangs when the heartbeat times out");
        List<float[]> ours = embedder.embedAll(texts);
        var reference = new AllMiniLmL6V2EmbeddingModel();
        for (int i = 0; i < texts.size(); i++) {
            float[] theirs = reference.embed(TextSegment.from(texts.get(i))).content().vector();
            assertThat(TextEmbedder.dot(ours.get(i), theirs)).as(texts.get(i)).isGreaterThan(0.999);
        }
    }

    @Test
    void similarTextsAreCloserThanUnrelatedOnes() {
        float[] a = embedder.embed("NameNode crashes with OutOfMemoryError");
        float[] b = embedder.embed("namenode runs out of heap memory and dies");
        float[] c = embedder.embed("documentation typo in the configuration guide");
        assertThat(TextEmbedder.dot(a, b)).isGreaterThan(TextEmbedder.dot(a, c) + 0.2);
    }

    @Test
    void emptyTextStillEmbeds() {
        assertThat(embedder.embed("")).hasSize(TextEmbedder.DIMENSIONS);
    }
}
