package dev.groundwork.ingest;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.embedding.EmbeddingModel;
import dev.groundwork.graph.search.SearchIndex;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to ingest, the same record for every ingestor (tickets, sports, commonsense, triples); each
 * reads the settings that apply to it and ignores the rest. The defaults are here and nowhere else:
 * start from {@link #DEFAULTS} and change what differs with the {@code with*} methods. Immutable
 * and thread-safe (the {@link #searchIndex() search index} it may name is not).
 *
 * <pre>{@code
 * IngestOptions options = IngestOptions.DEFAULTS.withMaxErrors(10).withDataset("fb15k-237");
 * }</pre>
 *
 * @param maxErrors malformed records to skip (and count) before the run fails; 0 stops at the first
 *                  (sports input has no error budget and ignores it)
 * @param batchSize records per write transaction; 0 means the ingestor's own default
 *                  ({@link #batchSizeOr})
 * @param lang commonsense: the language kept from a ConceptNet dump and given to CN-100K concepts
 * @param dataset triples: a name recorded on every entity, or empty
 * @param links tickets, CSV: a links file with columns {@code Issue id, Duplicate id}
 * @param similarThreshold tickets: the least title cosine for a SIMILAR_TO link
 * @param similarK tickets: neighbours looked up per ticket
 * @param embeddingModel tickets: the model that embeds the sections; empty: the one the index records, or
 *                       {@link EmbeddingModel#TICKETS_DEFAULT} for an empty index
 * @param searchIndex tickets: the index to write; empty: the store's tickets index, opened and closed by the ingest
 */
public record IngestOptions(long maxErrors, int batchSize, String lang, String dataset, Optional<Path> links,
                            double similarThreshold, int similarK, Optional<EmbeddingModel> embeddingModel,
                            Optional<SearchIndex> searchIndex) {
    /** No errors tolerated, each ingestor's own batch size, English, no dataset name, SIMILAR_TO at 0.75 for 5 neighbours. */
    public static final IngestOptions DEFAULTS = new IngestOptions(0, 0, "en", "", Optional.empty(), 0.75, 5,
            Optional.empty(), Optional.empty());

    public IngestOptions {
        Objects.requireNonNull(lang, "lang");
        dataset = Objects.requireNonNullElse(dataset, "");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(embeddingModel, "embeddingModel");
        Objects.requireNonNull(searchIndex, "searchIndex");
        if (maxErrors < 0) {
            throw new BadInputException("--max-errors must be 0 or more, got " + maxErrors);
        }
        if (batchSize < 0) {
            throw new BadInputException("--batch-size must be at least 1, got " + batchSize);
        }
        if (!(similarThreshold >= -1 && similarThreshold <= 1)) {
            throw new BadInputException("--similar-threshold must be a cosine between -1 and 1, got " + similarThreshold);
        }
        if (similarK < 0) {
            throw new BadInputException("--similar-k must be 0 or more, got " + similarK);
        }
    }

    /** The batch size to write with: the one chosen, else {@code ingestorDefault}. */
    public int batchSizeOr(int ingestorDefault) {
        return batchSize == 0 ? ingestorDefault : batchSize;
    }

    public IngestOptions withMaxErrors(long max) {
        return new IngestOptions(max, batchSize, lang, dataset, links, similarThreshold, similarK, embeddingModel, searchIndex);
    }

    /** @throws BadInputException when {@code size} is below 1 */
    public IngestOptions withBatchSize(int size) {
        if (size < 1) {
            throw new BadInputException("--batch-size must be at least 1, got " + size);
        }
        return new IngestOptions(maxErrors, size, lang, dataset, links, similarThreshold, similarK, embeddingModel, searchIndex);
    }

    public IngestOptions withLang(String language) {
        return new IngestOptions(maxErrors, batchSize, language, dataset, links, similarThreshold, similarK, embeddingModel, searchIndex);
    }

    public IngestOptions withDataset(String name) {
        return new IngestOptions(maxErrors, batchSize, lang, name, links, similarThreshold, similarK, embeddingModel, searchIndex);
    }

    /** These options with a tickets CSV links file; null: none. */
    public IngestOptions withLinks(Path file) {
        return new IngestOptions(maxErrors, batchSize, lang, dataset, Optional.ofNullable(file), similarThreshold, similarK,
                embeddingModel, searchIndex);
    }

    public IngestOptions withSimilar(double threshold, int k) {
        return new IngestOptions(maxErrors, batchSize, lang, dataset, links, threshold, k, embeddingModel, searchIndex);
    }

    /** These options with the sections embedded by {@code model}; empty: the index's model. */
    public IngestOptions withEmbeddingModel(Optional<EmbeddingModel> model) {
        return new IngestOptions(maxErrors, batchSize, lang, dataset, links, similarThreshold, similarK, model, searchIndex);
    }

    public IngestOptions withEmbeddingModel(EmbeddingModel model) {
        return withEmbeddingModel(Optional.of(model));
    }

    /** These options writing the tickets' documents into {@code index}, which the caller keeps open and closes. */
    public IngestOptions withSearchIndex(SearchIndex index) {
        return new IngestOptions(maxErrors, batchSize, lang, dataset, links, similarThreshold, similarK, embeddingModel,
                Optional.of(index));
    }

    /** The model to embed into {@code index} with: the chosen one, else the index's, else the default. */
    public EmbeddingModel embeddingModelFor(SearchIndex index) {
        return embeddingModel.or(index::embeddingModel).orElse(EmbeddingModel.TICKETS_DEFAULT);
    }
}
