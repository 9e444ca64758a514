package dev.groundwork.graph.search;

import dev.groundwork.graph.ConfigurationException;
import dev.groundwork.graph.embedding.EmbeddingModel;
import dev.groundwork.graph.embedding.EmbeddingModelMismatchException;
import dev.groundwork.graph.embedding.TextEmbedder;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

// The replacement test runs last: the documents it deletes stay in Neo4j's Lucene statistics until a merge, and
// the comparisons with a fresh Lucene index want equal statistics.
@ExtendWith(SharedNeo4j.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Neo4jSearchIndexTest {
    private static final TextEmbedder EMBEDDER = TextEmbedder.shared();
    private static final String SECTION = "CREATE (:Section {id: $id, ticket: $ticket, kind: $kind})";
    private static final String TICKET = "CREATE (:Ticket {key: $key})";
    /** Sections of four tickets: a summary each, and bodies and comments of other kinds. */
    private static final Map<String, List<String[]>> TICKETS = new LinkedHashMap<>();

    static {
        TICKETS.put("T1", List.of(new String[] {"SUMMARY", "NameNode crashes with OutOfMemoryError on startup"},
                new String[] {"DESCRIPTION", "The namenode's heap fills while loading the fsimage; it runs out of memory."},
                new String[] {"STACK_TRACE", "java.lang.OutOfMemoryError: Java heap space at FSImage.loadFSImage"}));
        TICKETS.put("T2", List.of(new String[] {"SUMMARY", "Typo in the configuration guide"},
                new String[] {"DESCRIPTION", "The guide spells dfs.replication wrongly; configuring it fails."}));
        TICKETS.put("T3", List.of(new String[] {"SUMMARY", "DataNode fails to register with the namenode"},
                new String[] {"COMMENT", "Registering fails because the namenode runs out of handlers under heavy load."},
                new String[] {"COMMENT", "Crashes seen again on the datanodes' startup, with memory errors."}));
        TICKETS.put("T4", List.of(new String[] {"SUMMARY", "Out of memory in the datanode block scanner"},
                new String[] {"DESCRIPTION", "The block scanner holds every block report in memory and crashes the datanode."}));
    }

    private static SearchIndex neo4j;
    private static SearchIndex lucene;
    /** Every document written by {@link #fill}, for exact nearest neighbours. */
    private static final List<SearchIndex.Doc> ALL = new ArrayList<>();

    @BeforeAll
    static void fill(GraphStore store) {
        neo4j = Neo4jSearchIndex.open(store, Neo4jSearchIndex.TICKETS);
        neo4j.clear();
        lucene = SearchIndex.inMemory();
        TICKETS.forEach((ticket, sections) -> {
            List<SearchIndex.Doc> docs = new ArrayList<>();
            store.write(tx -> tx.run(TICKET, Map.of("key", ticket)).consume());
            docs.add(SearchIndex.Doc.whole(ticket, String.join("\n", sections.stream().map(s -> s[1]).toList())));
            for (int i = 0; i < sections.size(); i++) {
                String id = ticket + "#" + i;
                String kind = sections.get(i)[0];
                store.write(tx -> tx.run(SECTION, Map.of("id", id, "ticket", ticket, "kind", kind)).consume());
                docs.add(new SearchIndex.Doc(id, ticket, kind, sections.get(i)[1], EMBEDDER.embed(sections.get(i)[1])));
            }
            neo4j.replaceGroup(ticket, docs);
            lucene.replaceGroup(ticket, docs);
            ALL.addAll(docs.subList(1, docs.size()));
        });
        // Written in the reverse of id order, so that neither index's document order is the id order.
        Map<String, List<SearchIndex.Doc>> fixture = new LinkedHashMap<>();
        for (SearchIndex.Doc d : fixtureSections().reversed()) {
            store.write(tx -> tx.run(SECTION, Map.of("id", d.id(), "ticket", d.group(), "kind", d.kind())).consume());
            fixture.computeIfAbsent(d.group(), g -> new ArrayList<>()).add(d);
        }
        fixture.forEach((group, docs) -> {
            neo4j.replaceGroup(group, docs);
            lucene.replaceGroup(group, docs);
            ALL.addAll(docs);
        });
        neo4j.recordEmbeddingModel(EMBEDDER.model());
        lucene.recordEmbeddingModel(EMBEDDER.model());
        neo4j.commit();
        lucene.commit();
    }

    /** The sections of {@code search/sections.tsv} (see the README beside it), embedded. */
    private static List<SearchIndex.Doc> fixtureSections() {
        try (var in = Neo4jSearchIndexTest.class.getResourceAsStream("/search/sections.tsv")) {
            List<SearchIndex.Doc> docs = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                docs.add(new SearchIndex.Doc(f[0], f[1], f[2], f[3], EMBEDDER.embed(f[3])));
            }
            return docs;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertSameHits(List<SearchIndex.Hit> actual, List<SearchIndex.Hit> expected) {
        assertThat(actual).extracting(SearchIndex.Hit::id).containsExactlyElementsOf(expected.stream().map(SearchIndex.Hit::id).toList());
        for (int i = 0; i < actual.size(); i++) {
            assertThat(actual.get(i).score()).as("score of " + actual.get(i).id()).isCloseTo(expected.get(i).score(), within(1e-4));
            assertThat(actual.get(i).group()).isEqualTo(expected.get(i).group());
            assertThat(actual.get(i).kind()).isEqualTo(expected.get(i).kind());
        }
    }

    @Test
    void bm25GivesTheLuceneIndexsHitsAndScores() {
        for (String q : List.of("namenode crashing", "out of memory out of memory datanode", "configuring the guide's typo",
                "OutOfMemoryError: heap (fsimage) \"loading\" +plus -minus AND OR NOT")) {
            assertSameHits(neo4j.searchText(q, 10, Set.of()), lucene.searchText(q, 10, Set.of()));
            assertSameHits(neo4j.searchText(q, 2, Set.of("T1")), lucene.searchText(q, 2, Set.of("T1")));
            assertSameHits(neo4j.searchText(q, 10, Set.of(), "SUMMARY", false), lucene.searchText(q, 10, Set.of(), "SUMMARY", false));
            assertSameHits(neo4j.searchText(q, 3, Set.of("T3"), "SUMMARY", true), lucene.searchText(q, 3, Set.of("T3"), "SUMMARY", true));
        }
    }

    @Test
    void wholeDocumentsGiveTheLuceneIndexsHitsAndOnlyToASearchOfTheirKind() {
        for (String q : List.of("namenode crashes out of memory", "datanode registers with handlers", "typo in the guide")) {
            List<SearchIndex.Hit> whole = neo4j.searchText(q, 10, Set.of(), SearchIndex.WHOLE, false);
            assertThat(whole).isNotEmpty().allSatisfy(h -> {
                assertThat(h.kind()).isEqualTo(SearchIndex.WHOLE);
                assertThat(h.id()).isEqualTo(h.group());
            });
            assertSameHits(whole, lucene.searchText(q, 10, Set.of(), SearchIndex.WHOLE, false));
            assertSameHits(neo4j.searchText(q, 10, Set.of("T1"), SearchIndex.WHOLE, false),
                    lucene.searchText(q, 10, Set.of("T1"), SearchIndex.WHOLE, false));
            for (SearchIndex index : List.of(neo4j, lucene)) {
                assertThat(index.searchText(q, 50, Set.of())).extracting(SearchIndex.Hit::kind).doesNotContain(SearchIndex.WHOLE);
                assertThat(index.searchText(q, 50, Set.of(), "SUMMARY", true)).extracting(SearchIndex.Hit::kind).doesNotContain(SearchIndex.WHOLE);
                assertThat(index.searchText(q, 50, Set.of(), SearchIndex.WHOLE, true)).extracting(SearchIndex.Hit::kind).doesNotContain(SearchIndex.WHOLE);
                assertThat(index.searchVector(EMBEDDER.embed(q), 50, Set.of())).extracting(SearchIndex.Hit::kind).doesNotContain(SearchIndex.WHOLE);
            }
        }
    }

    @Test
    void bothIndexesRankTheSameTopKWhereScoresTie() {
        for (String q : List.of("namenode heap", "balancer bandwidth between racks", "component hdfs priority major version",
                "checkpoint fsimage after the upgrade")) {
            for (int k : List.of(3, 7, 20)) {
                assertSameHits(neo4j.searchText(q, k, Set.of()), lucene.searchText(q, k, Set.of()));
                assertSameHits(neo4j.searchText(q, k, Set.of("HDP-01")), lucene.searchText(q, k, Set.of("HDP-01")));
                assertSameHits(neo4j.searchText(q, k, Set.of(), "FIELDS", false), lucene.searchText(q, k, Set.of(), "FIELDS", false));
                assertSameHits(neo4j.searchText(q, k, Set.of("HDP-02"), "SUMMARY", true),
                        lucene.searchText(q, k, Set.of("HDP-02"), "SUMMARY", true));
                float[] v = EMBEDDER.embed(q);
                assertSameHits(neo4j.searchVector(v, k, Set.of("HDP-03")), lucene.searchVector(v, k, Set.of("HDP-03")));
                assertSameHits(neo4j.searchVector(v, k, Set.of(), "SUMMARY"), lucene.searchVector(v, k, Set.of(), "SUMMARY"));
                assertSameHits(neo4j.searchVector(v, k, Set.of(), "SUMMARY", true), lucene.searchVector(v, k, Set.of(), "SUMMARY", true));
            }
        }
    }

    @Test
    void tiedHitsAreOrderedByIdAndTheCutKeepsTheSmallestIds() {
        // Eight fields sections share the text "Component: hdfs. Priority: Major. Version: 0.20.2.": their scores tie.
        for (SearchIndex index : List.of(neo4j, lucene)) {
            List<SearchIndex.Hit> text = index.searchText("component hdfs priority major version 0.20.2", 3, Set.of());
            assertThat(text).extracting(SearchIndex.Hit::id).containsExactly("HDP-01#2", "HDP-03#2", "HDP-04#2");
            List<SearchIndex.Hit> vector = index.searchVector(EMBEDDER.embed("Component: hdfs. Priority: Major. Version: 0.20.2."), 3,
                    Set.of("HDP-01"), "FIELDS");
            assertThat(vector).extracting(SearchIndex.Hit::id).containsExactly("HDP-03#2", "HDP-04#2", "HDP-06#2");
        }
    }

    @Test
    void vectorHitsAreTheExactNearestNeighbours() {
        for (String q : List.of("the namenode runs out of memory", "slow balancer", "shell shows wrong directory sizes")) {
            float[] v = EMBEDDER.embed(q);
            List<SearchIndex.Hit> exact = ALL.stream().filter(d -> !d.group().equals("HDP-05"))
                    .map(d -> new SearchIndex.Hit(d.id(), d.group(), d.kind(), TextEmbedder.dot(v, d.vector())))
                    .sorted(java.util.Comparator.comparingDouble(SearchIndex.Hit::score).reversed().thenComparing(SearchIndex.Hit::id))
                    .limit(15).toList();
            assertSameHits(neo4j.searchVector(v, 15, Set.of("HDP-05")), exact);
            assertSameHits(lucene.searchVector(v, 15, Set.of("HDP-05")), exact);
        }
    }

    @Test
    void aKindWordInTheQueryDoesNotMatchTheKind() {
        assertThat(neo4j.searchText("summary comment", 10, Set.of())).isEmpty();
    }

    @Test
    void vectorSearchGivesTheLuceneIndexsNeighboursAndCosines() {
        float[] v = EMBEDDER.embed("the namenode runs out of heap");
        assertSameHits(neo4j.searchVector(v, 5, Set.of()), lucene.searchVector(v, 5, Set.of()));
        assertSameHits(neo4j.searchVector(v, 2, Set.of("T1")), lucene.searchVector(v, 2, Set.of("T1")));
        assertSameHits(neo4j.searchVector(v, 3, Set.of("T4"), "SUMMARY"), lucene.searchVector(v, 3, Set.of("T4"), "SUMMARY"));
        assertSameHits(neo4j.searchVector(v, 3, Set.of(), "SUMMARY", true), lucene.searchVector(v, 3, Set.of(), "SUMMARY", true));
    }

    @Test
    void recordsTheEmbeddingModelAndRefusesAnother() {
        assertThat(neo4j.embeddingModel()).contains(EMBEDDER.model());
        EmbeddingModel other = java.util.Arrays.stream(EmbeddingModel.values()).filter(m -> m != EMBEDDER.model()).findFirst().orElseThrow();
        assertThatThrownBy(() -> neo4j.requireEmbeddingModel(other))
                .isInstanceOf(EmbeddingModelMismatchException.class)
                .hasMessageStartingWith("the search index 'tickets' in Neo4j at bolt://")
                .hasMessageContaining("was embedded with " + EMBEDDER.model().id() + ", not " + other.id());
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void replacingAGroupDropsItsOldDocumentsOnceRefreshed(GraphStore store) {
        for (String id : List.of("T9#0", "T9#1")) {
            store.write(tx -> tx.run(SECTION, Map.of("id", id, "ticket", "T9", "kind", "COMMENT")).consume());
        }
        neo4j.replaceGroup("T9", List.of(new SearchIndex.Doc("T9#0", "T9", "COMMENT", "zookeeper quorum lost", null),
                new SearchIndex.Doc("T9#1", "T9", "COMMENT", "zookeeper session expired", null)));
        assertThat(neo4j.searchText("zookeeper", 10, Set.of())).isEmpty();
        neo4j.refresh();
        assertThat(neo4j.searchText("zookeeper", 10, Set.of())).extracting(SearchIndex.Hit::id).containsExactlyInAnyOrder("T9#0", "T9#1");
        neo4j.replaceGroup("T9", List.of(new SearchIndex.Doc("T9#1", "T9", "COMMENT", "zookeeper session expired", null)));
        neo4j.commit();
        assertThat(neo4j.searchText("zookeeper", 10, Set.of())).extracting(SearchIndex.Hit::id).containsExactly("T9#1");
        neo4j.replaceGroup("T9", List.of());
        neo4j.commit();
        assertThat(neo4j.searchText("zookeeper", 10, Set.of())).isEmpty();
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void vectorHitsOfEqualVectorsAreOrderedByIdAsInTheLuceneIndex(GraphStore store) {
        String text = "balancer moves blocks too slowly between racks";
        // Written in the opposite order to their ids, so that neither index's insertion order gives the answer.
        List<SearchIndex.Doc> docs = List.of(new SearchIndex.Doc("T8#1", "T8", "COMMENT", text, EMBEDDER.embed(text)),
                new SearchIndex.Doc("T8#0", "T8", "COMMENT", text, EMBEDDER.embed(text)));
        for (SearchIndex.Doc d : docs) {
            store.write(tx -> tx.run(SECTION, Map.of("id", d.id(), "ticket", "T8", "kind", "COMMENT")).consume());
        }
        neo4j.replaceGroup("T8", docs);
        neo4j.commit();
        lucene.replaceGroup("T8", docs);
        lucene.commit();
        try {
            float[] v = EMBEDDER.embed(text);
            List<SearchIndex.Hit> hits = neo4j.searchVector(v, 2, Set.of());
            assertThat(hits).extracting(SearchIndex.Hit::id).containsExactly("T8#0", "T8#1");
            assertThat(hits.get(0).score()).isEqualTo(hits.get(1).score()).isCloseTo(1.0, within(1e-5));
            assertSameHits(hits, lucene.searchVector(v, 2, Set.of()));
        } finally {
            neo4j.replaceGroup("T8", List.of());
            neo4j.commit();
            lucene.replaceGroup("T8", List.of());
            lucene.commit();
        }
    }

    @Test
    void countsItsDocumentsWholeTicketsIncluded() {
        assertThat(neo4j.size()).isEqualTo(lucene.size()).isEqualTo(4 + 10 + 48);
    }

    @Test
    void aQueryOfStopWordsAndPunctuationFindsNothing() {
        assertThat(neo4j.searchText("the of (and) \"or\" -- !", 10, Set.of())).isEmpty();
    }

    @Test
    void refusesAnIndexOtherThanTheTickets(GraphStore store) {
        assertThatThrownBy(() -> Neo4jSearchIndex.open(store, "players"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("only the 'tickets' search index can live in Neo4j, got 'players'");
    }
}
