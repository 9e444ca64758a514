package dev.groundwork.graph.store;

import dev.groundwork.graph.ConfigurationException;

import java.util.Locale;

/**
 * Where Groundwork's search indexes (the tickets' BM25 and embedding index) live: in Lucene files beside the
 * database, in each Groundwork server's own data directory ({@link #LUCENE}, the default), or in the graph database's
 * own full-text and vector indexes ({@link #NEO4J}), shared by every Groundwork server over one database. Chosen with
 * {@code --search-index} or the setting {@code groundwork.search.index}.
 */
public enum SearchIndexKind {
    /** Lucene files under {@code DIR/search/NAME}, one holder at a time. */
    LUCENE,
    /** Neo4j's full-text index (English analyser) and vector index over the indexed nodes' properties. */
    NEO4J;

    /** The kind named {@code text} ({@code lucene} or {@code neo4j}, any case); names both otherwise. */
    public static SearchIndexKind parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (SearchIndexKind k : values()) {
            if (k.name().equals(t)) {
                return k;
            }
        }
        throw new ConfigurationException("--search-index must be lucene or neo4j, got '" + text + "'");
    }

    /** The name options and settings use: {@code lucene} or {@code neo4j}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
