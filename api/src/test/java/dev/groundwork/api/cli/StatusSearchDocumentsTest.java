package dev.groundwork.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.graph.search.SearchIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code status --json}'s {@code searchDocuments}: what the crash harness compares for the tickets index. */
class StatusSearchDocumentsTest {
    @TempDir
    Path data;

    @Test
    void countsTheCommittedDocumentsOfEachIndexBesideTheDatabaseAndCreatesNone() throws Exception {
        assertThat(StatusCommand.searchDocuments(data)).isEmpty();
        assertThat(Files.exists(data.resolve("search"))).isFalse();
        try (SearchIndex index = SearchIndex.open(SearchIndex.directory(data, "tickets"))) {
            index.replaceGroup("T-1", List.of(new SearchIndex.Doc("T-1#0", "T-1", "section", "a b", null),
                    new SearchIndex.Doc("T-1#1", "T-1", "section", "c d", null)));
            index.commit();
            index.replaceGroup("T-2", List.of(new SearchIndex.Doc("T-2#0", "T-2", "section", "uncommitted", null)));
        }

        assertThat(StatusCommand.searchDocuments(data)).isEqualTo(Map.of("tickets", 2L));
    }
}
