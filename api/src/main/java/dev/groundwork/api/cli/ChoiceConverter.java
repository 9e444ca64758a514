package dev.groundwork.api.cli;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.query.cqa.TNorm;
import dev.groundwork.query.linkprediction.ModelType;
import picocli.CommandLine;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads a closed choice whose type has its own lenient parser, where picocli's enum conversion would refuse spellings
 * the commands accept: {@link ModelType#of} ({@code --type}: any case, {@code transe} for {@code transe_l2} as DGL-KE
 * spells it) and {@link TNorm#of} ({@code --tnorm}: {@code goedel}, {@code godel}, {@code min} ...). Registered once on
 * the root command line for each type ({@link #register}). An unknown name is picocli's one-line "Invalid value for
 * option" with the parser's message naming the choices. Stateless.
 */
final class ChoiceConverter<T> implements CommandLine.ITypeConverter<T> {
    private final Function<String, T> parse;

    private ChoiceConverter(Function<String, T> parse) {
        this.parse = parse;
    }

    /** Registers the converter of every such type on {@code root} and its subcommands. */
    static void register(CommandLine root) {
        root.registerConverter(ModelType.class, new ChoiceConverter<>(ModelType::of));
        root.registerConverter(TNorm.class, new ChoiceConverter<>(TNorm::of));
    }

    @Override
    public T convert(String value) {
        try {
            return parse.apply(value);
        } catch (BadInputException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /** A type's choices in the spelling the help uses ({@code complex}, {@code transe_l1}), for the completion script. */
    abstract static class Names implements Iterable<String> {
        private final Enum<?>[] values;

        Names(Enum<?>[] values) {
            this.values = values;
        }

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).iterator();
        }
    }

    static final class ModelTypes extends Names {
        ModelTypes() {
            super(ModelType.values());
        }
    }

    static final class TNorms extends Names {
        TNorms() {
            super(TNorm.values());
        }
    }
}
