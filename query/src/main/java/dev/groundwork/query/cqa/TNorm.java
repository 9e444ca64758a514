package dev.groundwork.query.cqa;

/**
 * How atom scores in [0, 1] combine: a t-norm for conjunction (along a chain and across an
 * intersection) and its dual t-conorm for disjunction. Negation is always the complement 1 - s.
 */
public enum TNorm {
    /** Product t-norm {@code a * b}, probabilistic sum {@code a + b - a * b}. */
    PRODUCT,
    /** Goedel t-norm {@code min(a, b)}, t-conorm {@code max(a, b)}. */
    GOEDEL;

    float and(float a, float b) {
        return this == PRODUCT ? a * b : Math.min(a, b);
    }

    float or(float a, float b) {
        return this == PRODUCT ? a + b - a * b : Math.max(a, b);
    }

    /** The command-line spelling: {@code product} or {@code goedel} (also {@code godel}, {@code min}). */
    public static TNorm of(String name) {
        return switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "product", "prod" -> PRODUCT;
            case "goedel", "godel", "gödel", "min" -> GOEDEL;
            default -> throw new dev.groundwork.graph.BadInputException("t-norm must be product or goedel, got '" + name + "'");
        };
    }
}
