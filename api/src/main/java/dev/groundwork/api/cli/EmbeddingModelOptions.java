package dev.groundwork.api.cli;

import dev.groundwork.graph.embedding.EmbeddingModel;
import picocli.CommandLine.Option;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;

/**
 * The ticket embedding model a command uses: {@code ingest tickets}, {@code eval tickets}, {@code reindex}. Not
 * given, a command keeps the model its index records (the default for a new index); given and different from the
 * index's, the command refuses and names both. The sports templates and the ask router keep MiniLM.
 */
final class EmbeddingModelOptions {
    @Option(names = "--embedding-model", paramLabel = "MODEL", completionCandidates = Ids.class,
            description = "Ticket embedding model, one of ${COMPLETION-CANDIDATES} (case-insensitive). Default: the model the"
                    + " index records, or " + EmbeddingModel.TICKETS_DEFAULT_ID + " for a new index. minilm: all-MiniLM-L6-v2; bge-small:"
                    + " bge-small-en-v1.5; e5-small: e5-small-v2; -q: int8-quantised, faster.")
    String model;

    /** The model asked for, if any; a name that is none of the models is refused, listing them. */
    Optional<EmbeddingModel> chosen() {
        return Optional.ofNullable(model).map(EmbeddingModel::parse);
    }

    static final class Ids implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(EmbeddingModel.values()).map(EmbeddingModel::id).iterator();
        }
    }
}
