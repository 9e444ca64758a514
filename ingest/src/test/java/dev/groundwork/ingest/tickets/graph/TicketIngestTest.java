package dev.groundwork.ingest.tickets.graph;

import dev.groundwork.ingest.IngestOptions;
import dev.groundwork.ingest.registry.Ingestors;
import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.embedding.EmbeddingModel;
import dev.groundwork.graph.embedding.EmbeddingModelMismatchException;
import dev.groundwork.graph.embedding.TextEmbedder;
import dev.groundwork.graph.search.SearchIndex;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import dev.groundwork.ingest.tickets.TicketFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(SharedNeo4j.class)
class TicketIngestTest {
    private SearchIndex index;

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(TicketIngestTest.class.getResource("/tickets/" + name).toURI());
    }

    @BeforeEach
    void clean(GraphStore store) {
        store.write(tx -> tx.run("MATCH (n) DETACH DELETE n").consume());
        index = SearchIndex.inMemory();
    }

    private TicketIngest.Result ingestCsv(GraphStore store) throws URISyntaxException {
        var options = IngestOptions.DEFAULTS.withLinks(fixture("csv/duplicates.csv")).withBatchSize(2).withSimilar(0.3, 5);
        return TicketIngest.ingest(store, TicketFormat.CSV, List.of(fixture("csv/bugs.csv")), options.withSearchIndex(index), p -> { });
    }

    private static long count(GraphStore store, String cypher) {
        return store.read(tx -> tx.run(cypher).single().get(0).asLong());
    }

    @Test
    void buildsTicketsWithSectionsLinksMentionsAndSimilarity(GraphStore store) throws Exception {
        TicketIngest.Result result = ingestCsv(store);
        assertThat(result.changed()).isEqualTo(3);
        assertThat(count(store, "MATCH (t:Ticket) WHERE t.placeholder IS NULL RETURN count(t)")).isEqualTo(3);
        assertThat(count(store, "MATCH (:Ticket {key: '13438913'})-[:HAS_SECTION]->(s:Section) WHERE s.kind IN"
                + " ['SUMMARY', 'DESCRIPTION'] RETURN count(DISTINCT s.kind)")).isEqualTo(2);
        assertThat(count(store, "MATCH (:Ticket {key: '13438913'})-[:DUPLICATES]-(:Ticket) RETURN count(*)")).isEqualTo(2);
        assertThat(count(store, "MATCH (:Section)-[:MENTIONS]->(m:Mention {key: 'EXCEPTION:java.net.SocketTimeoutException'})"
                + " RETURN count(m)")).isEqualTo(1);
        assertThat(count(store, "MATCH ()-[r:SIMILAR_TO]->() WHERE r.score >= 0.3 RETURN count(r)"))
                .isEqualTo(result.similar()).isPositive();
        assertThat(result.embeddingMaxTokens()).isEqualTo(128);
    }

    @Test
    void sectionsAreSearchableByTextAndVector(GraphStore store) throws Exception {
        ingestCsv(store);
        assertThat(index.searchText("socket timeout committer", 3, Set.of()).getFirst().group()).isEqualTo("13438913");
        assertThat(index.searchText("committer", 3, Set.of("13438913"))).extracting(SearchIndex.Hit::group)
                .doesNotContain("13438913");
    }

    @Test
    void theResolutionIsStoredButNeitherSearchedNorEmbedded(GraphStore store) throws Exception {
        ingestCsv(store);
        // 13438913 is resolved as Duplicate, the label of a duplicate benchmark: it stays on the node and in the section text.
        assertThat(count(store, "MATCH (t:Ticket {key: '13438913', resolution: 'Duplicate', status: 'Resolved'})-[:HAS_SECTION]->"
                + "(s:Section {kind: 'FIELDS'}) WHERE s.text CONTAINS 'Resolution: Duplicate' RETURN count(s)")).isEqualTo(1);
        assertThat(index.searchText("duplicate resolved", 10, Set.of())).extracting(SearchIndex.Hit::kind).doesNotContain("FIELDS");
        try (SearchIndex rebuilt = SearchIndex.inMemory()) {
            TicketReindex.rebuild(store, rebuilt, TextEmbedder.shared(), n -> { });
            assertThat(rebuilt.searchText("duplicate resolved", 10, Set.of())).extracting(SearchIndex.Hit::kind).doesNotContain("FIELDS");
            assertThat(rebuilt.searchText("major", 10, Set.of())).extracting(SearchIndex.Hit::kind).contains("FIELDS");
        }
    }

    @Test
    void eachTicketIsAlsoOneWholeDocumentOfItsTitleAndTextButNotItsFieldsAndReindexWritesTheSame(GraphStore store) throws Exception {
        ingestCsv(store);
        try (SearchIndex rebuilt = SearchIndex.inMemory()) {
            TicketReindex.rebuild(store, rebuilt, TextEmbedder.shared(), n -> { });
            for (SearchIndex i : List.of(index, rebuilt)) {
                // Title and trace are two sections; the whole document holds both, so it is the one hit of either word.
                assertThat(i.searchText("hangs sockettimeoutexception", 10, Set.of(), SearchIndex.WHOLE, false))
                        .extracting(SearchIndex.Hit::id, SearchIndex.Hit::kind).containsExactly(tuple("13438913", SearchIndex.WHOLE));
                assertThat(i.searchText("major minor duplicate", 10, Set.of(), SearchIndex.WHOLE, false)).isEmpty();
                assertThat(i.searchText("commit", 10, Set.of(), SearchIndex.WHOLE, false)).extracting(SearchIndex.Hit::group)
                        .containsExactlyInAnyOrder("13438913", "13547000", "13396667");
            }
            assertThat(rebuilt.searchText("slow commit minutes", 3, Set.of(), SearchIndex.WHOLE, false))
                    .isEqualTo(index.searchText("slow commit minutes", 3, Set.of(), SearchIndex.WHOLE, false));
        }
    }

    @Test
    void undoingARunLeavesTheIndexAsAReindexOfTheGraphWouldBeWithNoTextOfTheRun(GraphStore store) throws Exception {
        ingestCsv(store);
        TicketIngest.Result second = TicketIngest.ingest(store, TicketFormat.CSV, List.of(fixture("csv/bugs-second-run.csv")),
                IngestOptions.DEFAULTS.withSearchIndex(index), p -> { });
        assertThat(index.searchText("zookeeper quorum", 10, Set.of())).extracting(SearchIndex.Hit::group).contains("13600001");
        assertThat(index.searchText("zstandard hours", 10, Set.of())).extracting(SearchIndex.Hit::group).contains("13396667");

        Ingestors.undo(store, second.run().id(), IngestOptions.DEFAULTS.withSearchIndex(index));

        assertThat(count(store, "MATCH (t:Ticket {key: '13600001'}) RETURN count(t)")).isZero();
        assertThat(index.searchText("zookeeper quorum", 10, Set.of())).extracting(SearchIndex.Hit::group).doesNotContain("13600001");
        assertThat(index.searchText("zstandard hours", 10, Set.of())).isEmpty();
        // A completed re-ingest's old sections are gone from the graph (docs/architecture.md, limits): the index follows it.
        try (SearchIndex rebuilt = SearchIndex.inMemory()) {
            TicketReindex.rebuild(store, rebuilt, TextEmbedder.shared(), n -> { });
            assertThat(index.size()).isEqualTo(rebuilt.size());
            assertThat(index.searchText("commit slow socket", 10, Set.of())).isEqualTo(rebuilt.searchText("commit slow socket", 10, Set.of()));
        }
    }

    @Test
    void reindexRebuildsTheSameIndexFromTheGraph(GraphStore store) throws Exception {
        ingestCsv(store);
        try (SearchIndex rebuilt = SearchIndex.inMemory()) {
            long sections = TicketReindex.rebuild(store, rebuilt, dev.groundwork.graph.embedding.TextEmbedder.shared(), n -> { });
            assertThat(sections + 3).as("sections and a whole-ticket document each").isEqualTo(index.size());
            assertThat(rebuilt.size()).isEqualTo(index.size());
            assertThat(rebuilt.searchText("socket timeout committer", 1, Set.of()).getFirst().id())
                    .isEqualTo(index.searchText("socket timeout committer", 1, Set.of()).getFirst().id());
        }
    }

    @Test
    void reingestingTheSameInputChangesNothing(GraphStore store) throws Exception {
        ingestCsv(store);
        long sections = count(store, "MATCH (s:Section) RETURN count(s)");
        TicketIngest.Result again = ingestCsv(store);
        assertThat(again.changed()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.run().counts().nodesCreated()).isZero();
        assertThat(count(store, "MATCH (s:Section) RETURN count(s)")).isEqualTo(sections);
    }

    @Test
    void badRowStopsTheRunAndLeavesNothingBehind(GraphStore store) throws Exception {
        assertThatThrownBy(() -> TicketIngest.ingest(store, TicketFormat.CSV, List.of(fixture("csv/bad-rows.csv")),
                IngestOptions.DEFAULTS.withSearchIndex(index), p -> { }))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("bad-rows.csv");
        assertThat(count(store, "MATCH (t:Ticket) RETURN count(t)")).isZero();
        assertThat(index.size()).isZero();
    }

    @Test
    void aFailedReingestKeepsTheOldSectionsOfAChangedTicketInTheGraphAndTheIndex(GraphStore store, @org.junit.jupiter.api.io.TempDir Path temp)
            throws Exception {
        ingestCsv(store);
        long sections = count(store, "MATCH (s:Section) RETURN count(s)");
        int indexed = index.size();
        String hash = store.read(tx -> tx.run("MATCH (t:Ticket {key: '13438913'}) RETURN t.contentHash").single().get(0).asString());
        // The changed ticket goes out in the first chunk (batch size 2); the malformed row after it stops the run.
        Path changed = temp.resolve("changed.csv");
        java.nio.file.Files.writeString(changed, """
                Summary,Issue id,Status,Priority,Resolution,Created,Resolved,Affects Version/s,Description
                Job hangs on commit,13438913,Resolved,Major,Duplicate,30/Sep/21 17:20,20/Jul/22 20:51,3.3.1,Now a different text entirely.
                Commit is slow,13547000,Open,Minor,,01/Oct/21 09:05,,"3.3.1, 3.4.0",
                Slow commit again,13396667,Open,Minor,,02/Oct/21 10:00,,3.4.0,Commits take minutes.
                too few fields,2
                """);

        assertThatThrownBy(() -> TicketIngest.ingest(store, TicketFormat.CSV, List.of(changed),
                IngestOptions.DEFAULTS.withBatchSize(2).withSimilar(0.3, 5).withSearchIndex(index), p -> { }))
                .isInstanceOf(BadInputException.class);

        assertThat(count(store, "MATCH (s:Section) RETURN count(s)")).isEqualTo(sections);
        assertThat(count(store, "MATCH (s:Section {ticket: '13438913'}) WHERE s.text CONTAINS 'SocketTimeoutException' RETURN count(s)"))
                .isEqualTo(1);
        assertThat(count(store, "MATCH (n:GwSuperseded) RETURN count(n)")).isZero();
        String after = store.read(tx -> tx.run("MATCH (t:Ticket {key: '13438913'}) RETURN t.contentHash").single().get(0).asString());
        assertThat(after).isEqualTo(hash);
        assertThat(index.size()).isEqualTo(indexed);
        assertThat(index.searchText("socket timeout committer", 3, Set.of()).getFirst().group()).isEqualTo("13438913");
    }

    @Test
    void theModelIsRecordedWithTheIndexAndKeptByAnIngestThatNamesNone(GraphStore store, @org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        var options = IngestOptions.DEFAULTS.withBatchSize(2).withSimilar(0.3, 5);
        try (SearchIndex fs = SearchIndex.open(dir)) {
            TicketIngest.Result r = TicketIngest.ingest(store, TicketFormat.CSV, List.of(fixture("csv/bugs.csv")),
                    options.withEmbeddingModel(EmbeddingModel.E5_SMALL_Q).withSearchIndex(fs), p -> { });
            assertThat(r.embeddingModel()).isEqualTo(EmbeddingModel.E5_SMALL_Q);
        }
        try (SearchIndex fs = SearchIndex.open(dir)) {
            assertThat(fs.embeddingModel()).contains(EmbeddingModel.E5_SMALL_Q);
            TicketIngest.Result again = TicketIngest.ingest(store, TicketFormat.CSV, List.of(fixture("csv/bugs.csv")),
                    options.withSearchIndex(fs), p -> { });
            assertThat(again.embeddingModel()).isEqualTo(EmbeddingModel.E5_SMALL_Q);
        }
    }

    @Test
    void anIngestWithAnotherModelThanTheIndexsIsRefusedBeforeItWritesAndAsksForReindex(GraphStore store) throws Exception {
        ingestCsv(store);
        assertThat(index.embeddingModel()).contains(EmbeddingModel.TICKETS_DEFAULT);
        EmbeddingModel other = EmbeddingModel.TICKETS_DEFAULT == EmbeddingModel.BGE_SMALL_Q ? EmbeddingModel.E5_SMALL_Q : EmbeddingModel.BGE_SMALL_Q;
        long tickets = count(store, "MATCH (t:Ticket) RETURN count(t)");
        int indexed = index.size();

        assertThatThrownBy(() -> TicketIngest.ingest(store, TicketFormat.CSV, List.of(fixture("csv/bugs.csv")),
                IngestOptions.DEFAULTS.withBatchSize(2).withSimilar(0.3, 5).withEmbeddingModel(other).withSearchIndex(index), p -> { }))
                .isInstanceOf(EmbeddingModelMismatchException.class)
                .hasMessage("the in-memory search index was embedded with " + EmbeddingModel.TICKETS_DEFAULT.id() + ", not "
                        + other.id() + ": vectors of two models cannot be compared. Re-embed it with 'groundwork reindex"
                        + " --embedding-model " + other.id() + "' (or keep --embedding-model " + EmbeddingModel.TICKETS_DEFAULT.id() + ")");
        assertThat(count(store, "MATCH (t:Ticket) RETURN count(t)")).isEqualTo(tickets);
        assertThat(index.size()).isEqualTo(indexed);
        assertThat(index.embeddingModel()).contains(EmbeddingModel.TICKETS_DEFAULT);
    }

    @Test
    void reindexWithAnotherModelReEmbedsEverySectionAndRecordsThatModel(GraphStore store) throws Exception {
        ingestCsv(store);
        TextEmbedder e5 = TextEmbedder.shared(EmbeddingModel.E5_SMALL_Q);
        long sections = TicketReindex.rebuild(store, index, e5, n -> { });
        assertThat(sections + 3).as("sections and a whole-ticket document each").isEqualTo(index.size());
        assertThat(index.embeddingModel()).contains(EmbeddingModel.E5_SMALL_Q);
        float[] query = e5.embedQueries(List.of("job hangs on commit with a socket timeout")).getFirst();
        assertThat(index.searchVector(query, 1, Set.of()).getFirst().group()).isEqualTo("13438913");
    }
}
