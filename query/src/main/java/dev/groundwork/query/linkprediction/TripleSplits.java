package dev.groundwork.query.linkprediction;

import java.nio.file.Path;
import java.util.List;

/**
 * The input of link prediction: train, valid and test triples as strings, wherever they come from
 * (TSV files via {@link #readDirectory(Path)}, or the graph). Immutable; the vocabulary of a model
 * trained on it is built from all three splits in order of first appearance.
 *
 * <pre>{@code
 * TripleSplits data = TripleSplits.readDirectory(Path.of("data/umls"));
 * TripleSplits fromGraph = new TripleSplits(trainTriples, validTriples, List.of());
 * }</pre>
 */
public record TripleSplits(List<Triple> train, List<Triple> valid, List<Triple> test) {
    public TripleSplits {
        train = List.copyOf(train);
        valid = List.copyOf(valid);
        test = List.copyOf(test);
    }

    /**
     * Reads {@code train.txt}, {@code valid.txt} and {@code test.txt} from {@code directory}, one
     * {@code head<TAB>relation<TAB>tail} a line; blank lines are skipped.
     *
     * @throws dev.groundwork.graph.NotFoundException if the directory or one of the files is missing
     * @throws dev.groundwork.graph.BadInputException naming the file and line of a malformed line
     */
    public static TripleSplits readDirectory(Path directory) {
        return TsvTriples.readDirectory(directory);
    }

    /** The triples of one split. */
    public List<Triple> get(Split split) {
        return switch (split) {
            case TRAIN -> train;
            case VALID -> valid;
            case TEST -> test;
        };
    }
}
