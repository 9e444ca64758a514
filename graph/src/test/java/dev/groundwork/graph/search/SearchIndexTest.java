package dev.groundwork.graph.search;

import dev.groundwork.graph.embedding.EmbeddingModel;
import dev.groundwork.graph.embedding.EmbeddingModelMismatchException;
import dev.groundwork.graph.embedding.TextEmbedder;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchIndexTest {
    private static final TextEmbedder EMBEDDER = TextEmbedder.shared();

    private static SearchIndex.Doc doc(String id, String group, String text) {
        return new SearchIndex.Doc(id, group, "SUMMARY", text, EMBEDDER.embed(text));
    }

    private static SearchIndex sample() {
        SearchIndex index = SearchIndex.inMemory();
        index.replaceGroup("T1", List.of(doc("s1", "T1", "NameNode crashes with OutOfMemoryError on startup")));
        index.replaceGroup("T2", List.of(doc("s2", "T2", "Typo in the configuration guide")));
        index.replaceGroup("T3", List.of(doc("s3", "T3", "DataNode fails to register with the namenode")));
        index.commit();
        return index;
    }

    @Test
    void bm25FindsStemmedTerms() {
        try (SearchIndex index = sample()) {
            List<SearchIndex.Hit> hits = index.searchText("namenode crashing", 3, Set.of());
            assertThat(hits.getFirst().group()).isEqualTo("T1");
        }
    }

    @Test
    void wholeDocumentsLeaveTheOtherDocumentsBm25ScoresUnchanged() {
        try (SearchIndex plain = sample(); SearchIndex withWhole = sample()) {
            withWhole.replaceGroup("T4", List.of(SearchIndex.Doc.whole("T4", "namenode namenode namenode crashes on startup, a long"
                    + " report of the namenode and its startup that would change every length and document frequency")));
            withWhole.commit();
            List<SearchIndex.Hit> before = plain.searchText("namenode crashing on startup", 3, Set.of());
            assertThat(withWhole.searchText("namenode crashing on startup", 3, Set.of())).isEqualTo(before);
            assertThat(withWhole.searchText("namenode crashing on startup", 3, Set.of(), SearchIndex.WHOLE, false))
                    .extracting(SearchIndex.Hit::id).containsExactly("T4");
        }
    }

    @Test
    void aWholeDocumentStandsForItsGroupWithoutAVector() {
        assertThatThrownBy(() -> new SearchIndex.Doc("T1#0", "T1", SearchIndex.WHOLE, "text", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a WHOLE document stands for its group: its id must be the group and it has no vector, got id=T1#0 group=T1");
        assertThatThrownBy(() -> new SearchIndex.Doc("T1", "T1", SearchIndex.WHOLE, "text", new float[] {1f}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("got id=T1 group=T1 and a vector");
    }

    @Test
    void vectorSearchFindsParaphrasesWithCosineScores() {
        try (SearchIndex index = sample()) {
            List<SearchIndex.Hit> hits = index.searchVector(EMBEDDER.embed("the namenode runs out of heap"), 3, Set.of());
            assertThat(hits.getFirst().group()).isEqualTo("T1");
            assertThat(hits.getFirst().score()).isBetween(0.3, 1.0);
        }
    }

    @Test
    void vectorScoresAreTheExactDotProductWhateverTheSegmentsAndTheSearchPath() {
        // A re-run after a crash writes the same documents into differently split segments; SIMILAR_TO
        // stores these scores, so the same two vectors must give the same score bit for bit.
        List<String> titles = java.util.stream.IntStream.range(0, 60)
                .mapToObj(i -> "ticket " + i + ": " + List.of("namenode", "datanode", "job tracker", "balancer", "shell").get(i % 5)
                        + " fails " + "after restart ".repeat(i % 4)).toList();
        float[] query = EMBEDDER.embed("the namenode fails after a restart");
        try (SearchIndex oneCommit = SearchIndex.inMemory(); SearchIndex manySegments = SearchIndex.inMemory()) {
            for (int i = 0; i < titles.size(); i++) {
                oneCommit.replaceGroup("T" + i, List.of(doc("s" + i, "T" + i, titles.get(i))));
            }
            oneCommit.commit();
            for (int i = titles.size() - 1; i >= 0; i--) {
                manySegments.replaceGroup("T" + i, List.of(doc("s" + i, "T" + i, "stale " + titles.get(i))));
                manySegments.commit();
                manySegments.replaceGroup("T" + i, List.of(doc("s" + i, "T" + i, titles.get(i))));
                manySegments.commit();
            }
            for (Set<String> excluded : List.of(Set.<String>of(), Set.of("T0", "T5", "T10"))) {
                List<SearchIndex.Hit> a = oneCommit.searchVector(query, 8, excluded, "SUMMARY");
                List<SearchIndex.Hit> b = manySegments.searchVector(query, 8, excluded, "SUMMARY");
                assertThat(b).isEqualTo(a);
                for (SearchIndex.Hit h : a) {
                    float[] v = EMBEDDER.embed(titles.get(Integer.parseInt(h.group().substring(1))));
                    assertThat(h.score()).as(h.id()).isEqualTo(TextEmbedder.dot(query, v));
                }
                assertThat(a).extracting(SearchIndex.Hit::score).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            }
        }
    }

    @Test
    void excludedGroupsNeverAppear() {
        try (SearchIndex index = sample()) {
            assertThat(index.searchText("namenode", 10, Set.of("T1"))).extracting(SearchIndex.Hit::group).doesNotContain("T1");
            assertThat(index.searchVector(EMBEDDER.embed("namenode"), 10, Set.of("T1", "T3")))
                    .extracting(SearchIndex.Hit::group).containsOnly("T2");
        }
    }

    @Test
    void searchesWithTextsLongerThanLucenesClauseLimit() {
        try (SearchIndex index = sample()) {
            StringBuilder longText = new StringBuilder("namenode crashes ");
            for (int i = 0; i < 3000; i++) {
                longText.append("word").append(i).append(' ');
            }
            assertThat(index.searchText(longText.toString(), 3, Set.of()).getFirst().group()).isEqualTo("T1");
        }
    }

    @Test
    void replacingAGroupRemovesItsOldDocuments() {
        try (SearchIndex index = sample()) {
            index.replaceGroup("T1", List.of(doc("s9", "T1", "Completely different words")));
            index.commit();
            assertThat(index.size()).isEqualTo(3);
            assertThat(index.searchText("OutOfMemoryError", 5, Set.of())).isEmpty();
        }
    }

    @Test
    void persistsAcrossReopen(@org.junit.jupiter.api.io.TempDir Path dir) {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.replaceGroup("T1", List.of(doc("s1", "T1", "JobTracker hangs")));
            index.commit();
        }
        try (SearchIndex index = SearchIndex.open(dir)) {
            assertThat(index.searchText("jobtracker", 1, Set.of())).extracting(SearchIndex.Hit::id).containsExactly("s1");
        }
    }

    @Test
    void anEmptyIndexRecordsNoModelAndAcceptsAny() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            assertThat(index.embeddingModel()).isEmpty();
            index.requireEmbeddingModel(EmbeddingModel.E5_SMALL_Q);
        }
    }

    @Test
    void anIndexWithVectorsButNoRecordPredatesTheChoiceAndHoldsMiniLm() {
        try (SearchIndex index = sample()) {
            assertThat(index.embeddingModel()).contains(EmbeddingModel.MINILM);
            index.requireEmbeddingModel(EmbeddingModel.MINILM);
        }
    }

    @Test
    void anIndexOfAnotherModelIsRefusedNamingBothModelsAndTheReindexCommand() {
        try (SearchIndex index = sample()) {
            assertRefused(index, EmbeddingModel.BGE_SMALL_Q, "the in-memory search index was embedded with minilm, not bge-small-q: vectors of two models"
                    + " cannot be compared. Re-embed it with 'groundwork reindex --embedding-model bge-small-q'"
                    + " (or keep --embedding-model minilm)");
        }
    }

    @Test
    void theRecordedModelIsDurableWithTheCommitAndSurvivesReopening(@org.junit.jupiter.api.io.TempDir Path dir) {
        oneDocumentCommitted(dir, EmbeddingModel.E5_SMALL).close();
        try (SearchIndex index = SearchIndex.open(dir)) {
            assertThat(index.embeddingModel()).contains(EmbeddingModel.E5_SMALL);
            index.requireEmbeddingModel(EmbeddingModel.E5_SMALL);
            assertRefused(index, EmbeddingModel.MINILM, "search index " + dir + " was embedded with e5-small, not minilm: vectors of"
                    + " two models cannot be compared. Re-embed it with 'groundwork reindex --embedding-model minilm'"
                    + " (or keep --embedding-model e5-small)");
        }
    }

    @Test
    void aModelRecordedButNotCommittedIsForgottenOnRollback(@org.junit.jupiter.api.io.TempDir Path dir) {
        try (SearchIndex index = oneDocumentCommitted(dir, EmbeddingModel.MINILM)) {
            index.clear();
            index.recordEmbeddingModel(EmbeddingModel.BGE_SMALL);
            index.rollback();
            assertThat(index.embeddingModel()).contains(EmbeddingModel.MINILM);
        }
    }

    private static SearchIndex oneDocumentCommitted(Path dir, EmbeddingModel model) {
        SearchIndex index = SearchIndex.open(dir);
        index.replaceGroup("T1", List.of(doc("s1", "T1", "NameNode crashes")));
        index.recordEmbeddingModel(model);
        index.commit();
        return index;
    }

    private static void assertRefused(SearchIndex index, EmbeddingModel asked, String message) {
        assertThatThrownBy(() -> index.requireEmbeddingModel(asked))
                .isInstanceOf(EmbeddingModelMismatchException.class)
                .hasMessage(message);
    }
}
