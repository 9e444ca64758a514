package dev.groundwork.graph.embedding;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
    void aTextEmbedsToTheSameBitsAloneAndInAnyBatch() {
        // A re-ingest that resumes or re-embeds only changed tickets batches a text with other
        // neighbours than a clean ingest did; stored vectors and SIMILAR_TO scores must not change.
        String text = "DataNode fails to restart after a disk error";
        float[] alone = TextEmbedder.load(EmbeddingModel.MINILM, TextEmbedder.DEFAULT_MAX_TOKENS).embedAll(List.of(text, text)).getFirst();
        List<List<String>> batches = List.of(
                List.of("a", text),
                List.of(text, "NameNode safe mode never ends when a block report is lost during start-up"),
                List.of("job tracker hangs", "the heartbeat times out", text, "typo", "fix the build on Windows"),
                java.util.stream.IntStream.range(0, 40).mapToObj(i -> "ticket number " + i + " about " + "hdfs ".repeat(i % 9))
                        .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), l -> {
                            l.add(17, text);
                            return l;
                        })));
        for (List<String> batch : batches) {
            float[] inBatch = embedder.embedAll(batch).get(batch.indexOf(text));
            assertThat(inBatch).as("in a batch of %d", batch.size()).containsExactly(alone);
        }
        assertThat(embedder.embed(text)).containsExactly(alone);
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

    @EnumSource(EmbeddingModel.class)
    @ParameterizedTest
    void everyModelLoadsFromItsJarAndEmbedsUnitVectorsThatTellRelatedTextsApart(EmbeddingModel model) {
        TextEmbedder m = TextEmbedder.shared(model);
        assertThat(m.model()).isSameAs(model);
        List<float[]> v = m.embedPassages(List.of("NameNode crashes with OutOfMemoryError",
                "namenode runs out of heap memory and dies", "documentation typo in the configuration guide"));
        float[] q = m.embedQueries(List.of("namenode out of memory")).getFirst();
        assertThat(v.getFirst()).hasSize(TextEmbedder.DIMENSIONS);
        assertThat(TextEmbedder.dot(v.getFirst(), v.getFirst())).isCloseTo(1.0, within(1e-4));
        assertThat(TextEmbedder.dot(q, q)).isCloseTo(1.0, within(1e-4));
        assertThat(TextEmbedder.dot(v.get(0), v.get(1))).as(model.id()).isGreaterThan(TextEmbedder.dot(v.get(0), v.get(2)));
        assertThat(TextEmbedder.dot(q, v.get(0))).as(model.id()).isGreaterThan(TextEmbedder.dot(q, v.get(2)));
    }

    @Test
    void e5SeesQueryAndPassagePrefixes() {
        TextEmbedder e5 = TextEmbedder.shared(EmbeddingModel.E5_SMALL_Q);
        List<String> texts = List.of("datanode fails to restart", "the block report is lost");
        assertPrefixed(e5.embedQueries(texts), e5.embedAll(List.of("query: datanode fails to restart", "query: the block report is lost")));
        assertPrefixed(e5.embedPassages(texts), e5.embedAll(List.of("passage: datanode fails to restart", "passage: the block report is lost")));
        assertThat(TextEmbedder.dot(e5.embedQueries(texts).getFirst(), e5.embedAll(texts).getFirst())).isLessThan(0.9999);
    }

    @Test
    void bgePutsItsInstructionBeforeQueriesAlone() {
        TextEmbedder bge = TextEmbedder.shared(EmbeddingModel.BGE_SMALL_Q);
        List<String> texts = List.of("datanode fails to restart", "the block report is lost");
        assertPrefixed(bge.embedQueries(texts), bge.embedAll(texts.stream().map(t -> EmbeddingModel.BGE_QUERY_INSTRUCTION + t).toList()));
        assertPrefixed(bge.embedPassages(texts), bge.embedAll(texts));
    }

    @Test
    void miniLmHasNoPrefixes() {
        List<String> texts = List.of("datanode fails to restart", "the block report is lost");
        assertPrefixed(embedder.embedQueries(texts), embedder.embedAll(texts));
        assertPrefixed(embedder.embedPassages(texts), embedder.embedAll(texts));
    }

    @Test
    void prefixedKeepsTheOrderAndReadsNullAsEmpty() {
        assertThat(TextEmbedder.prefixed("query: ", java.util.Arrays.asList("a", null))).containsExactly("query: a", "query: ");
    }

    private static void assertPrefixed(List<float[]> actual, List<float[]> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < actual.size(); i++) {
            assertThat(TextEmbedder.dot(actual.get(i), expected.get(i))).isCloseTo(1.0, within(1e-5));
        }
    }

    @Test
    void aRepeatedTextIsEmbeddedOnceAndEachGetsItsOwnCopy() {
        List<float[]> v = embedder.embedAll(java.util.Arrays.asList("Status: Open", "the datanode dies", "Status: Open", null, ""));
        List<float[]> alone = embedder.embedAll(List.of("Status: Open", "the datanode dies", ""));
        assertThat(v).hasSize(5);
        assertThat(v.get(0)).isEqualTo(v.get(2)).isNotSameAs(v.get(2));
        assertThat(v.get(3)).isEqualTo(v.get(4));
        assertThat(TextEmbedder.dot(v.get(0), alone.get(0))).isCloseTo(1.0, within(1e-5));
        assertThat(TextEmbedder.dot(v.get(1), alone.get(1))).isCloseTo(1.0, within(1e-5));
        assertThat(TextEmbedder.dot(v.get(3), alone.get(2))).isCloseTo(1.0, within(1e-5));
    }
}
