package dev.groundwork.api.cli;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.query.linkprediction.ModelType;
import picocli.CommandLine;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/**
 * Reads every {@link ModelType} option ({@code --type} of {@code train linkpred}, {@code export triples} and
 * {@code import embeddings}; registered once on the root command line): any case, and {@code transe} for {@code transe_l2} as DGL-KE spells it ({@link ModelType#of}). An
 * unknown name is picocli's one-line "Invalid value for option '--type'" naming the types. Shell completion offers
 * {@link Names}. Stateless.
 */
final class ModelTypeConverter implements CommandLine.ITypeConverter<ModelType> {
    @Override
    public ModelType convert(String value) {
        try {
            return ModelType.of(value);
        } catch (BadInputException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /** The types in the spelling the help uses ({@code complex}, {@code transe_l1}), for the completion script. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ModelType.values()).map(t -> t.name().toLowerCase(Locale.ROOT)).iterator();
        }
    }
}
