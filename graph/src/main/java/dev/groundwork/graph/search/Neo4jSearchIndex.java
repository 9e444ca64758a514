package dev.groundwork.graph.search;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.ConfigurationException;
import dev.groundwork.graph.UnavailableException;
import dev.groundwork.graph.embedding.EmbeddingModel;
import dev.groundwork.graph.embedding.EmbeddingModelMismatchException;
import dev.groundwork.graph.store.GraphStore;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.Neo4jException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The {@link SearchIndex} kept in the graph database itself: each document is a set of properties on the node it
 * stands for ({@value #TEXT}, {@value #GROUP}, {@value #KIND}, {@value #VECTOR} on {@code :Section}; a
 * {@link SearchIndex#WHOLE} document's text, group and kind on the {@code :Ticket} whose key is its group, in a full-text
 * index of its own), searched
 * through Neo4j's full-text index with the {@code english} analyser (Lucene's EnglishAnalyzer and BM25, as the
 * Lucene implementation) and its vector index (cosine, HNSW) through the Cypher 25 {@code SEARCH} clause. Every
 * Groundwork server over one database therefore searches the same index, and what one writes the others find as soon
 * as it is committed; the embedding model of the vectors is recorded on a {@code (:SearchIndex {name})} node.
 *
 * <p>Writes are buffered and written in batched transactions when the buffer fills, on {@link #refresh()} and on
 * {@link #commit()}; {@link #rollback()} drops only what is still buffered (the graph's own ingest-run rollback
 * removes the nodes, and with them their documents). A document whose node does not exist has nothing to attach to
 * and is not indexed. Filters the vector index cannot apply (groups left out, all kinds but one) are applied to a
 * longer candidate list, grown until {@code k} documents pass or the index has no more.
 *
 * <p>Thread-safe: writes are serialised on the instance, searches are independent read transactions.
 * Lifetime: as long as its store; closing flushes nothing (commit first).
 *
 * <pre>{@code
 * try (SearchIndex index = Neo4jSearchIndex.open(store, "tickets")) {
 *     index.replaceGroup("HADOOP-1", docs);
 *     index.commit();
 *     List<SearchIndex.Hit> hits = index.searchText("datanode npe", 10, Set.of());
 * }
 * }</pre>
 */
public final class Neo4jSearchIndex implements SearchIndex {
    /** The only index kept in Neo4j so far: the tickets' sections. */
    public static final String TICKETS = "tickets";
    static final String TEXT = "searchText";
    static final String GROUP = "searchGroup";
    static final String KIND = "searchKind";
    static final String VECTOR = "searchEmbedding";
    static final String TEXT_INDEX = "Section_search_text";
    static final String VECTOR_INDEX = "Section_search_vector";
    /** The full-text index of the {@link SearchIndex#WHOLE} documents, kept on the {@code :Ticket} nodes they stand for. */
    static final String WHOLE_TEXT_INDEX = "Ticket_search_text";

    /**
     * The indexes, each idempotent. The vector index takes its dimension from the vectors written, and keeps them
     * unquantised, as the Lucene implementation does (float32 HNSW), so that both give the same neighbours and cosines.
     */
    static final List<String> SCHEMA = List.of(
            "CREATE INDEX Section_searchGroup IF NOT EXISTS FOR (s:Section) ON (s.searchGroup)",
            "CREATE FULLTEXT INDEX " + TEXT_INDEX + " IF NOT EXISTS FOR (s:Section) ON EACH [s.searchText, s.searchKind]"
                    + " OPTIONS {indexConfig: {`fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: false}}",
            "CREATE FULLTEXT INDEX " + WHOLE_TEXT_INDEX + " IF NOT EXISTS FOR (t:Ticket) ON EACH [t.searchText]"
                    + " OPTIONS {indexConfig: {`fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: false}}",
            "CYPHER 25 CREATE VECTOR INDEX " + VECTOR_INDEX + " IF NOT EXISTS FOR (s:Section) ON (s.searchEmbedding)"
                    + " WITH [s.searchKind] OPTIONS {indexConfig: {`vector.similarity_function`: 'cosine', `vector.quantization.enabled`: false}}");
    static final String AWAIT_INDEXES = "CALL db.awaitIndexes(600)";

    static final String REMOVE_GROUPS = """
            UNWIND $groups AS g
            MATCH (s:Section {searchGroup: g})
            REMOVE s.searchText, s.searchGroup, s.searchKind, s.searchEmbedding
            """;
    static final String REMOVE_WHOLE = """
            UNWIND $groups AS g
            MATCH (t:Ticket {key: g})
            REMOVE t.searchText, t.searchGroup, t.searchKind
            """;
    static final String WRITE_WHOLE = """
            UNWIND $docs AS d
            MATCH (t:Ticket {key: d.group})
            SET t.searchText = d.text, t.searchGroup = d.group, t.searchKind = d.kind
            """;
    static final String CLEAR_WHOLE = """
            MATCH (t:Ticket) WHERE t.searchGroup IS NOT NULL
            CALL (t) { REMOVE t.searchText, t.searchGroup, t.searchKind } IN TRANSACTIONS OF 5000 ROWS
            """;
    static final String WRITE_DOCS = """
            UNWIND $docs AS d
            MATCH (s:Section {id: d.id})
            SET s.searchText = d.text, s.searchGroup = d.group, s.searchKind = d.kind, s.searchEmbedding = d.vector
            """;
    static final String CLEAR = """
            MATCH (s:Section) WHERE s.searchGroup IS NOT NULL
            CALL (s) { REMOVE s.searchText, s.searchGroup, s.searchKind, s.searchEmbedding } IN TRANSACTIONS OF 5000 ROWS
            """;
    static final String FORGET_MODEL = "MATCH (i:SearchIndex {name: $name}) DELETE i";
    static final String RECORD_MODEL = "MERGE (i:SearchIndex {name: $name}) SET i.embeddingModel = $model";
    static final String READ_MODEL = "MATCH (i:SearchIndex {name: $name}) RETURN i.embeddingModel AS model";
    static final String SIZE = """
            CALL () { MATCH (s:Section) WHERE s.searchGroup IS NOT NULL RETURN count(s) AS sections }
            CALL () { MATCH (t:Ticket) WHERE t.searchGroup IS NOT NULL RETURN count(t) AS tickets }
            RETURN sections + tickets AS n
            """;
    static final String QUERY_TEXT = """
            CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node, score
            RETURN CASE WHEN node:Section THEN node.id ELSE node.searchGroup END AS id, node.searchGroup AS grp, node.searchKind AS kind, score
            """;
    static final String QUERY_VECTOR = """
            CYPHER 25
            MATCH (s:Section)
              SEARCH s IN (VECTOR INDEX Section_search_vector FOR $vector LIMIT $limit) SCORE AS approximate
            RETURN s.id AS id, s.searchGroup AS grp, s.searchKind AS kind,
                   vector.similarity.cosine(s.searchEmbedding, $vector) AS score
            ORDER BY score DESC, id
            """;
    static final String QUERY_VECTOR_OF_KIND = """
            CYPHER 25
            MATCH (s:Section)
              SEARCH s IN (VECTOR INDEX Section_search_vector FOR $vector WHERE s.searchKind = $kind LIMIT $limit) SCORE AS approximate
            RETURN s.id AS id, s.searchGroup AS grp, s.searchKind AS kind,
                   vector.similarity.cosine(s.searchEmbedding, $vector) AS score
            ORDER BY score DESC, id
            """;

    /** Documents written per transaction. */
    private static final int BATCH = 2000;

    private final GraphStore store;
    private final String name;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final List<String> pendingGroups = new ArrayList<>();
    private final List<Map<String, Object>> pendingDocs = new ArrayList<>();
    private final List<Map<String, Object>> pendingWhole = new ArrayList<>();
    private EmbeddingModel pendingModel;

    private Neo4jSearchIndex(GraphStore store, String name) {
        this.store = store;
        this.name = name;
    }

    /**
     * The index named {@code name} in {@code store}'s database, its full-text and vector indexes created if
     * missing and online before this returns.
     *
     * @throws ConfigurationException for a name other than {@value #TICKETS}
     * @throws UnavailableException when the indexes cannot be created (a read-only user on a server without them)
     */
    public static Neo4jSearchIndex open(GraphStore store, String name) {
        if (!TICKETS.equals(name)) {
            throw new ConfigurationException("only the '" + TICKETS + "' search index can live in Neo4j, got '" + name + "'");
        }
        try (Session s = store.session(AccessMode.WRITE)) {
            for (String statement : SCHEMA) {
                s.run(statement).consume();
            }
            s.run(AWAIT_INDEXES).consume();
        } catch (Neo4jException e) {
            throw new UnavailableException("cannot create the search indexes " + TEXT_INDEX + ", " + WHOLE_TEXT_INDEX + " and " + VECTOR_INDEX
                    + " in Neo4j at " + store.boltUri() + ": " + e.getMessage(), e);
        }
        return new Neo4jSearchIndex(store, name);
    }

    @Override
    public String description() {
        return "the search index '" + name + "' in Neo4j at " + store.boltUri();
    }

    @Override
    public synchronized void replaceGroup(String group, Collection<Doc> docs) {
        pendingGroups.add(group);
        for (Doc d : docs) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", d.id());
            row.put("group", group);
            row.put("kind", d.kind());
            row.put("text", d.text());
            row.put("vector", d.vector());
            (WHOLE.equals(d.kind()) ? pendingWhole : pendingDocs).add(row);
        }
        if (pendingDocs.size() + pendingWhole.size() >= BATCH) {
            flush();
        }
    }

    private synchronized void flush() {
        if (pendingGroups.isEmpty()) {
            return;
        }
        List<String> groups = List.copyOf(pendingGroups);
        List<Map<String, Object>> docs = List.copyOf(pendingDocs);
        List<Map<String, Object>> whole = List.copyOf(pendingWhole);
        store.write(tx -> {
            tx.run(REMOVE_GROUPS, Map.of("groups", groups)).consume();
            tx.run(REMOVE_WHOLE, Map.of("groups", groups)).consume();
            tx.run(WRITE_DOCS, Map.of("docs", docs)).consume();
            tx.run(WRITE_WHOLE, Map.of("docs", whole)).consume();
            return null;
        });
        pendingGroups.clear();
        pendingDocs.clear();
        pendingWhole.clear();
    }

    @Override
    public synchronized void clear() {
        pendingGroups.clear();
        pendingDocs.clear();
        pendingWhole.clear();
        pendingModel = null;
        try (Session s = store.session(AccessMode.WRITE)) {
            s.run(CLEAR).consume();
            s.run(CLEAR_WHOLE).consume();
            s.run(FORGET_MODEL, Map.of("name", name)).consume();
        } catch (Neo4jException e) {
            throw new UnavailableException(description() + " could not be cleared: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Optional<EmbeddingModel> embeddingModel() {
        if (pendingModel != null) {
            return Optional.of(pendingModel);
        }
        List<String> recorded = store.read(tx -> tx.run(READ_MODEL, Map.of("name", name)).list(r -> r.get("model").asString(null)));
        if (recorded.isEmpty() || recorded.getFirst() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(EmbeddingModel.parse(recorded.getFirst()));
        } catch (BadInputException e) {
            throw new EmbeddingModelMismatchException(description() + " records the embedding model '" + recorded.getFirst()
                    + "', which this version does not know; rebuild it with 'groundwork reindex --embedding-model "
                    + EmbeddingModel.TICKETS_DEFAULT.id() + "'");
        }
    }

    @Override
    public synchronized void recordEmbeddingModel(EmbeddingModel model) {
        pendingModel = model;
    }

    @Override
    public synchronized void commit() {
        flush();
        if (pendingModel != null) {
            String model = pendingModel.id();
            store.write(tx -> tx.run(RECORD_MODEL, Map.of("name", name, "model", model)).consume());
            pendingModel = null;
        }
    }

    @Override
    public void refresh() {
        flush();
    }

    @Override
    public synchronized void rollback() {
        pendingGroups.clear();
        pendingDocs.clear();
        pendingWhole.clear();
        pendingModel = null;
    }

    @Override
    public int size() {
        return store.read(tx -> tx.run(SIZE).single().get("n").asInt());
    }

    @Override
    public List<Hit> searchText(String text, int k, Set<String> excludedGroups, String kind, boolean except) {
        // The WHOLE documents have an index of their own, so that no other search meets them.
        boolean whole = WHOLE.equals(kind) && !except;
        String query = luceneQuery(QueryTerms.of(analyzer, TEXT, text), whole ? null : kind, except);
        if (query.isEmpty()) {
            return List.of();
        }
        String index = whole ? WHOLE_TEXT_INDEX : TEXT_INDEX;
        return TopHits.search(limit -> run(QUERY_TEXT, Map.of("index", index, "query", query), limit, false), k, k + TopHits.TIES,
                h -> !excludedGroups.contains(h.group()));
    }

    /**
     * The full-text query for {@code terms}: each term as the word of the text it came from (the index analyses the
     * query again, and a stem does not always stem to itself), weighted by its count, in the text property; the kind
     * as a filter that adds nothing to the score ({@code ^0}) or as an exclusion.
     */
    String luceneQuery(List<QueryTerms.Term> terms, String kind, boolean except) {
        List<String> clauses = new ArrayList<>();
        for (QueryTerms.Term t : terms) {
            String word = analysesTo(t.surface(), t.term()) ? t.surface() : analysesTo(t.term(), t.term()) ? t.term() : null;
            if (word != null) {
                clauses.add(TEXT + ":" + QueryParser.escape(word) + "^" + t.count());
            }
        }
        if (clauses.isEmpty()) {
            return "";
        }
        String text = String.join(" ", clauses);
        if (kind == null) {
            return text;
        }
        String kindClause = KIND + ":\"" + QueryParser.escape(kind) + "\"";
        return "+(" + text + ") " + (except ? "-" + kindClause : "+" + kindClause + "^0");
    }

    private boolean analysesTo(String word, String term) {
        List<QueryTerms.Term> analysed = QueryTerms.of(analyzer, TEXT, word);
        return analysed.size() == 1 && analysed.getFirst().term().equals(term) && analysed.getFirst().count() == 1;
    }

    @Override
    public List<Hit> searchVector(float[] vector, int k, Set<String> excludedGroups, String kind, boolean except) {
        Predicate<Hit> keep = h -> !excludedGroups.contains(h.group()) && (kind == null || !except || !kind.equals(h.kind()));
        String query = kind != null && !except ? QUERY_VECTOR_OF_KIND : QUERY_VECTOR;
        Map<String, Object> params = kind != null && !except ? Map.of("vector", vector, "kind", kind) : Map.of("vector", vector);
        return TopHits.search(limit -> run(query, params, limit, true), k, TopHits.approximate(k), keep);
    }

    private List<Hit> run(String query, Map<String, Object> params, int limit, boolean vector) {
        Map<String, Object> p = new HashMap<>(params);
        p.put("limit", limit);
        return store.read(tx -> tx.run(query, p).list(r -> hit(r, vector)));
    }

    private static Hit hit(Record r, boolean vector) {
        double score = r.get("score").asDouble();
        // The vector hits are scored again from the stored vector, not with the index's own (approximate, float) score,
        // and ordered best first with ties by id, as LuceneSearchIndex does: a rank then depends on the two vectors
        // alone, not on the HNSW graph's layout. Neo4j maps cosine to (1 + cos) / 2; give callers the cosine back.
        return new Hit(r.get("id").asString(), r.get("grp").asString(), r.get("kind").asString(""), vector ? 2 * score - 1 : score);
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
