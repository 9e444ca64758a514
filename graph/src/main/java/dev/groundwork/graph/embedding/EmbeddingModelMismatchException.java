package dev.groundwork.graph.embedding;

import dev.groundwork.graph.ConfigurationException;

/**
 * A search index holds vectors of one embedding model and this run asks for another: their vectors
 * cannot be compared, so nothing is mixed. Re-embed the index with {@code groundwork reindex
 * --embedding-model ID}, or run with the model the index records; the message names both.
 *
 * <p>Part of the {@link dev.groundwork.graph.GroundworkException} hierarchy.
 */
public class EmbeddingModelMismatchException extends ConfigurationException {
    public EmbeddingModelMismatchException(String message) {
        super(message);
    }
}
