package dev.groundwork.graph.search;

import dev.groundwork.graph.embedding.EmbeddingModel;
import dev.groundwork.graph.embedding.EmbeddingModelMismatchException;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.store.SearchIndexKind;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An index of texts attached to graph nodes, searchable by BM25 (English analysis) and by embedding
 * similarity (approximate nearest neighbours over unit vectors). Each document has an id (the node it
 * stands for), a group (the entity it belongs to, e.g. the ticket of a section, so that a whole entity
 * can be replaced or left out of a search), a kind and its text. Two implementations give the same
 * answers to the same calls: Lucene files beside the database ({@link SearchIndexKind#LUCENE}, the
 * default) and Neo4j's own full-text and vector indexes ({@link SearchIndexKind#NEO4J}), which every
 * Groundwork server over one database shares.
 *
 * <p>Writes ({@link #replaceGroup}, {@link #clear}) become visible to searches on {@link #refresh()} or
 * {@link #commit()}. Implementations are thread-safe. Lifetime: open once per store or data directory
 * (a Lucene index admits one holder), close on exit.
 *
 * <pre>{@code
 * try (SearchIndex index = SearchIndex.open(store, "tickets")) {
 *     index.replaceGroup("HADOOP-1", List.of(new SearchIndex.Doc("HADOOP-1#0", "HADOOP-1", "SUMMARY", "NPE in DataNode", v)));
 *     index.commit();
 *     List<SearchIndex.Hit> hits = index.searchText("datanode npe", 10, Set.of());
 * }
 * }</pre>
 */
public interface SearchIndex extends AutoCloseable {
    /**
     * The kind of a document that stands for its whole group (a ticket's text as one document, beside its sections):
     * text only, analysed in a field of its own, so that its BM25 statistics are its own and the other documents'
     * unchanged, and found only by a search of this kind ({@code searchText(text, k, excluded, WHOLE, false)}); every
     * other search leaves such documents out. Build one with {@link Doc#whole}.
     */
    String WHOLE = "WHOLE";

    /**
     * A text to index.
     *
     * @param id the node it stands for
     * @param group the entity it belongs to
     * @param kind what sort of text it is (a section kind, a name, ...)
     * @param text the text, analysed for BM25
     * @param vector its unit-length embedding, or null for text-only documents
     */
    record Doc(String id, String group, String kind, String text, float[] vector) {
        public Doc {
            if (id == null || id.isEmpty() || group == null || group.isEmpty()) {
                throw new IllegalArgumentException("a document needs an id and a group, got id=" + id + " group=" + group);
            }
            kind = kind == null ? "" : kind;
            text = text == null ? "" : text;
            if (WHOLE.equals(kind) && (vector != null || !id.equals(group))) {
                throw new IllegalArgumentException("a " + WHOLE + " document stands for its group: its id must be the group and it has"
                        + " no vector, got id=" + id + " group=" + group + (vector == null ? "" : " and a vector"));
            }
        }

        /** The document standing for the whole of {@code group}: its id is the group, text only (see {@link #WHOLE}). */
        public static Doc whole(String group, String text) {
            return new Doc(group, group, WHOLE, text, null);
        }
    }

    /**
     * A search result.
     *
     * @param id the document's id
     * @param group its group
     * @param kind its kind
     * @param score BM25 score, or cosine similarity for vector search
     */
    record Hit(String id, String group, String kind, double score) {}

    /**
     * The search index named {@code name} (e.g. {@code tickets}) of {@code store}, of the kind its configuration
     * names ({@code --search-index}): the Lucene files under {@link #directory} or the database's own indexes.
     */
    static SearchIndex open(GraphStore store, String name) {
        SearchIndexKind kind = store.config().searchIndex();
        return switch (kind) {
            case LUCENE -> open(directory(store.config().dataDir(), name));
            case NEO4J -> Neo4jSearchIndex.open(store, name);
        };
    }

    /**
     * Where the Lucene index named {@code name} (e.g. {@code tickets}) lives for a data directory: beside the
     * database, also when the graph itself is on a remote Neo4j.
     */
    static Path directory(Path dataDir, String name) {
        return dataDir.resolve("search").resolve(name);
    }

    /** Opens (or creates) the Lucene index in {@code dir}. */
    static SearchIndex open(Path dir) {
        return LuceneSearchIndex.open(dir);
    }

    /** A Lucene index held in memory, for evaluations and tests. */
    static SearchIndex inMemory() {
        return LuceneSearchIndex.inMemory();
    }

    /** The best hit of each group, in rank order: the usual way to turn section hits into entity hits. */
    static Map<String, Hit> bestPerGroup(List<Hit> hits) {
        Map<String, Hit> best = new LinkedHashMap<>();
        for (Hit h : hits) {
            best.putIfAbsent(h.group(), h);
        }
        return best;
    }

    /** Where the index is, for messages. */
    String description();

    /** Replaces every document of {@code group} with {@code docs}. */
    void replaceGroup(String group, Collection<Doc> docs);

    /** Removes every document. */
    void clear();

    /**
     * The embedding model of the index's vectors, as recorded (or pending for the next commit). Empty for an
     * empty index without a record.
     */
    Optional<EmbeddingModel> embeddingModel();

    /**
     * Refuses to mix vector spaces: throws if the index's vectors come from a model other than
     * {@code model}, naming both and how to re-embed. An index without vectors accepts any model.
     */
    default void requireEmbeddingModel(EmbeddingModel model) {
        embeddingModel().filter(recorded -> recorded != model).ifPresent(recorded -> {
            throw new EmbeddingModelMismatchException(description() + " was embedded with " + recorded.id() + ", not " + model.id()
                    + ": vectors of two models cannot be compared. Re-embed it with 'groundwork reindex --embedding-model "
                    + model.id() + "' (or keep --embedding-model " + recorded.id() + ")");
        });
    }

    /**
     * Records {@code model} as the model of the index's vectors, made durable with the next {@link #commit()}.
     * Callers check {@link #requireEmbeddingModel} first, or {@link #clear()} the index.
     */
    void recordEmbeddingModel(EmbeddingModel model);

    /** Makes what was written durable and visible to searches. */
    void commit();

    /**
     * Makes what was written visible to searches in this process without necessarily making it durable: an ingest
     * searches its own documents before its graph run commits, and commits the index just before it.
     */
    void refresh();

    /** Drops what was written since the last {@link #commit()} and is not yet durable. */
    void rollback();

    /** The number of documents visible to searches. */
    int size();

    /**
     * BM25 search of {@code text}, leaving out the documents of {@code excludedGroups}. A term the
     * text repeats weighs as often as it appears, as in BM25 over a query of that text; a very long
     * text keeps its {@value QueryTerms#MAX_TERMS} most frequent terms.
     */
    default List<Hit> searchText(String text, int k, Set<String> excludedGroups) {
        return searchText(text, k, excludedGroups, null, false);
    }

    /**
     * Like {@link #searchText(String, int, Set)} among the documents of one {@code kind} ({@code except} false) or among
     * all other kinds ({@code except} true): how a question's title is matched to titles and its body to bodies.
     * A null {@code kind} searches every kind; {@link #WHOLE} documents only when {@code kind} is {@link #WHOLE} and
     * {@code except} false.
     */
    List<Hit> searchText(String text, int k, Set<String> excludedGroups, String kind, boolean except);

    /** Nearest documents to {@code vector} by cosine, leaving out {@code excludedGroups}. */
    default List<Hit> searchVector(float[] vector, int k, Set<String> excludedGroups) {
        return searchVector(vector, k, excludedGroups, null, false);
    }

    /** Nearest documents of one {@code kind} to {@code vector} by cosine, leaving out {@code excludedGroups}. */
    default List<Hit> searchVector(float[] vector, int k, Set<String> excludedGroups, String kind) {
        return searchVector(vector, k, excludedGroups, kind, false);
    }

    /**
     * Nearest documents of one {@code kind} ({@code except} false) or of all other kinds ({@code except} true) to
     * {@code vector}; a null {@code kind} searches every kind.
     */
    List<Hit> searchVector(float[] vector, int k, Set<String> excludedGroups, String kind, boolean except);

    @Override
    void close();
}
