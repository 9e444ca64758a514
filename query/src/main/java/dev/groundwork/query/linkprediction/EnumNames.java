package dev.groundwork.query.linkprediction;

import dev.groundwork.graph.BadInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses command-line spellings ({@code complex}, {@code test}) of this package's enums. */
final class EnumNames {
    private EnumNames() {}

    static <E extends Enum<E>> E parse(Class<E> type, String parameter, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        String expected = Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        throw new BadInputException(parameter + " '" + value + "' is unknown; expected one of " + expected);
    }
}
