package dev.groundwork.graph.search;

import dev.groundwork.graph.embedding.TextEmbedder;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

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
    void vectorSearchFindsParaphrasesWithCosineScores() {
        try (SearchIndex index = sample()) {
            List<SearchIndex.Hit> hits = index.searchVector(EMBEDDER.embed("the namenode runs out of heap"), 3, Set.of());
            assertThat(hits.getFirst().group()).isEqualTo("T1");
            assertThat(hits.getFirst().score()).isBetween(0.3, 1.0);
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
}
