package dev.groundwork.graph.search;

import dev.groundwork.graph.UnavailableException;
import dev.groundwork.graph.embedding.EmbeddingModel;
import dev.groundwork.graph.embedding.EmbeddingModelMismatchException;
import dev.groundwork.graph.embedding.TextEmbedder;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link SearchIndex} in Lucene files beside the database ({@code DIR/search/NAME}): BM25 (English analysis) and
 * HNSW over unit vectors. The index is a cache of the graph: it can always be rebuilt from it.
 *
 * <p>Thread-safe: writes are serialised by Lucene's IndexWriter, searches use a SearcherManager
 * refreshed on {@link #commit()}. Lifetime: open per data directory, close on exit.
 *
 * <pre>{@code
 * try (SearchIndex index = SearchIndex.open(dataDir.resolve("search/tickets"))) {
 *     index.replaceGroup("HADOOP-1", List.of(new SearchIndex.Doc("4:x:1", "HADOOP-1", "SUMMARY", "NPE in DataNode", v)));
 *     index.commit();
 *     List<SearchIndex.Hit> hits = index.searchText("datanode npe", 10, Set.of());
 * }
 * }</pre>
 */
final class LuceneSearchIndex implements SearchIndex {
    private static final String ID = "id";
    private static final String GROUP = "group";
    private static final String KIND = "kind";
    private static final String WHOLE_TEXT = "wholeText";
    private static final String TEXT = "text";
    private static final String VECTOR = "vector";
    /** The commit user data key under which the embedding model of the index's vectors is recorded. */
    private static final String EMBEDDING_MODEL = "groundwork.embedding.model";

    private final Directory directory;
    private final String where;
    private final Analyzer analyzer = new EnglishAnalyzer();
    // Replaced only by rollback(), which the ingesting thread calls while nothing else uses the index.
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;

    private LuceneSearchIndex(Directory directory, String where) throws IOException {
        this.directory = directory;
        this.where = where;
        this.writer = newWriter();
        this.searchers = new SearcherManager(writer, null);
    }

    private IndexWriter newWriter() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity(1.2f, 0.75f))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(64)
                // What was not committed belongs to an ingest run that did not finish: closing must not make it durable.
                .setCommitOnClose(false);
        return new IndexWriter(directory, config);
    }

    /** Opens (or creates) the index in {@code dir}. */
    static LuceneSearchIndex open(Path dir) {
        try {
            return new LuceneSearchIndex(FSDirectory.open(dir), "search index " + dir);
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new dev.groundwork.graph.ConfigurationException("search index " + dir + " is in use by another process"
                    + " (a running 'groundwork serve' on this --db?); stop it, or run this command through the server", e);
        } catch (IOException e) {
            throw new UnavailableException("search index " + dir + " cannot be opened: " + e.getMessage()
                    + " (rebuild it with 'groundwork reindex')", e);
        }
    }

    /** An index held in memory, for evaluations and tests. */
    static LuceneSearchIndex inMemory() {
        try {
            return new LuceneSearchIndex(new ByteBuffersDirectory(), "the in-memory search index");
        } catch (IOException e) {
            throw new UnavailableException("in-memory search index: " + e.getMessage(), e);
        }
    }

    /** Replaces every document of {@code group} with {@code docs}. */
    public void replaceGroup(String group, Collection<Doc> docs) {
        update("write", () -> {
            writer.deleteDocuments(new Term(GROUP, group));
            for (Doc d : docs) {
                writer.addDocument(toDocument(d));
            }
        });
    }

    /** Removes every document. */
    public void clear() {
        update("clear", writer::deleteAll);
    }

    private static Document toDocument(Doc d) {
        Document doc = new Document();
        doc.add(new StringField(ID, d.id(), Field.Store.YES));
        doc.add(new StringField(GROUP, d.group(), Field.Store.YES));
        doc.add(new StringField(KIND, d.kind(), Field.Store.YES));
        // A whole-group document's text is a field of its own: its length and term statistics leave the sections' BM25 as it was.
        doc.add(new TextField(WHOLE.equals(d.kind()) ? WHOLE_TEXT : TEXT, d.text(), Field.Store.NO));
        if (d.vector() != null) {
            doc.add(new KnnFloatVectorField(VECTOR, d.vector(), VectorSimilarityFunction.DOT_PRODUCT));
        }
        return doc;
    }

    /**
     * The embedding model of the index's vectors, as recorded with its commits (or pending for the next
     * commit); an index with documents but no record predates the choice of model and holds MiniLM vectors.
     * Empty for an empty index without a record.
     */
    public java.util.Optional<EmbeddingModel> embeddingModel() {
        String recorded = null;
        for (Map.Entry<String, String> e : commitData()) {
            if (e.getKey().equals(EMBEDDING_MODEL)) {
                recorded = e.getValue();
            }
        }
        if (recorded != null) {
            try {
                return java.util.Optional.of(EmbeddingModel.parse(recorded));
            } catch (dev.groundwork.graph.BadInputException e) {
                throw new EmbeddingModelMismatchException(where + " records the embedding model '" + recorded
                        + "', which this version does not know; rebuild it with 'groundwork reindex --embedding-model "
                        + EmbeddingModel.TICKETS_DEFAULT.id() + "'");
            }
        }
        return writer.getDocStats().numDocs > 0 ? java.util.Optional.of(EmbeddingModel.MINILM) : java.util.Optional.empty();
    }

    private Iterable<Map.Entry<String, String>> commitData() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        return data == null ? List.of() : data;
    }

    @Override
    public String description() {
        return where;
    }

    /**
     * Records {@code model} as the model of the index's vectors, made durable with the next {@link #commit()}.
     * Callers check {@link #requireEmbeddingModel} first, or {@link #clear()} the index.
     */
    public void recordEmbeddingModel(EmbeddingModel model) {
        Map<String, String> data = new LinkedHashMap<>();
        commitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        data.put(EMBEDDING_MODEL, model.id());
        writer.setLiveCommitData(data.entrySet());
    }

    /** Makes what was written durable and visible to searches. */
    public void commit() {
        update("commit", () -> {
            writer.commit();
            searchers.maybeRefreshBlocking();
        });
    }

    /**
     * Makes what was written visible to searches in this process without making it durable: an ingest
     * searches its own documents before its graph run commits, and commits the index just before it.
     */
    public void refresh() {
        update("refresh", searchers::maybeRefreshBlocking);
    }

    /** Drops everything written since the last {@link #commit()}: the index is as that commit left it. */
    public void rollback() {
        try {
            searchers.close();
            writer.rollback();
            writer = newWriter();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UnavailableException("search index rollback failed: " + e.getMessage()
                    + " (rebuild it with 'groundwork reindex')", e);
        }
    }

    /** The number of documents visible to searches. */
    public int size() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    @Override
    public List<Hit> searchText(String text, int k, Set<String> excludedGroups, String kind, boolean except) {
        String field = WHOLE.equals(kind) && !except ? WHOLE_TEXT : TEXT;
        List<QueryTerms.Term> terms = QueryTerms.of(analyzer, field, text);
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        terms.forEach(t -> query.add(new BoostQuery(new TermQuery(new Term(field, t.term())), t.count()), BooleanClause.Occur.SHOULD));
        Query q = query.build();
        if (kind != null) {
            q = new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(KIND, kind)), except ? BooleanClause.Occur.MUST_NOT : BooleanClause.Occur.FILTER).build();
        }
        Query filtered = excluding(q, excludedGroups);
        return TopHits.search(limit -> search(filtered, limit), k, k + TopHits.TIES, h -> true);
    }

    @Override
    public List<Hit> searchVector(float[] vector, int k, Set<String> excludedGroups) {
        Query filter = excludedGroups.isEmpty() ? null : excluding(MatchAllDocsQuery.INSTANCE, excludedGroups);
        return searchVector(vector, k, filter);
    }

    @Override
    public List<Hit> searchVector(float[] vector, int k, Set<String> excludedGroups, String kind, boolean except) {
        if (kind == null) {
            return searchVector(vector, k, excludedGroups);
        }
        Query kinds = except
                ? new BooleanQuery.Builder().add(MatchAllDocsQuery.INSTANCE, BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term(KIND, kind)), BooleanClause.Occur.MUST_NOT).build()
                : new TermQuery(new Term(KIND, kind));
        return searchVector(vector, k, excluding(kinds, excludedGroups));
    }

    private static Query excluding(Query query, Set<String> groups) {
        if (groups.isEmpty()) {
            return query;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        groups.forEach(g -> b.add(new TermQuery(new Term(GROUP, g)), BooleanClause.Occur.MUST_NOT));
        return b.build();
    }

    /**
     * The {@code k} nearest documents passing {@code filter} (null for all), from {@link TopHits#approximate} HNSW
     * candidates each scored again as the exact dot product of {@code vector} and the document's stored vector, best
     * first (ties by id). Lucene's own score for one pair of vectors is not stable: it differs in the last bit of a float
     * depending on whether a segment is searched through its HNSW graph or exactly, which depends on how the index
     * happens to be split into segments (and on background merges). Scores that are stored (SIMILAR_TO) or compared
     * must depend on the two vectors alone.
     */
    private List<Hit> searchVector(float[] vector, int k, Query filter) {
        return TopHits.search(limit -> withSearcher(s -> {
            List<Hit> hits = new ArrayList<>();
            var stored = s.storedFields();
            List<LeafReaderContext> leaves = s.getIndexReader().leaves();
            for (ScoreDoc sd : s.search(new KnnFloatVectorQuery(VECTOR, vector, limit, filter), limit).scoreDocs) {
                Document d = stored.document(sd.doc, Set.of(ID, GROUP, KIND));
                hits.add(new Hit(d.get(ID), d.get(GROUP), d.get(KIND), TextEmbedder.dot(vector, storedVector(leaves, sd.doc))));
            }
            return hits;
        }), k, TopHits.approximate(k), h -> true);
    }

    private static float[] storedVector(List<LeafReaderContext> leaves, int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        FloatVectorValues values = leaf.reader().getFloatVectorValues(VECTOR);
        KnnVectorValues.DocIndexIterator it = values.iterator();
        int local = doc - leaf.docBase;
        if (it.advance(local) != local) {
            throw new IllegalStateException("vector search hit document " + doc + ", which has no vector");
        }
        return values.vectorValue(it.index());
    }

    private List<Hit> search(Query query, int k) {
        return withSearcher(s -> {
            List<Hit> hits = new ArrayList<>();
            var stored = s.storedFields();
            for (ScoreDoc sd : s.search(query, Math.max(1, k)).scoreDocs) {
                Document d = stored.document(sd.doc, Set.of(ID, GROUP, KIND));
                hits.add(new Hit(d.get(ID), d.get(GROUP), d.get(KIND), sd.score));
            }
            return hits;
        });
    }

    /** A change to the index that may fail with an I/O error. */
    private interface IndexWork {
        void run() throws IOException;
    }

    /** Runs {@code work}; an I/O error is an {@link UnavailableException} saying that the index's {@code what} failed. */
    private static void update(String what, IndexWork work) {
        try {
            work.run();
        } catch (IOException e) {
            throw new UnavailableException("search index " + what + " failed: " + e.getMessage(), e);
        }
    }

    private interface SearchWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearchWork<T> work) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                s.setSimilarity(new BM25Similarity(1.2f, 0.75f));
                return work.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UnavailableException("search failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UnavailableException("search index did not close cleanly: " + e.getMessage(), e);
        }
        analyzer.close();
    }
}
