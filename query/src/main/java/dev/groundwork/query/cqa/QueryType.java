package dev.groundwork.query.cqa;

import dev.groundwork.graph.BadInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The 14 standard query structures of Query2Box and BetaE (Ren et al. 2020): chains of 1 to 3
 * projections, intersections of 2 or 3, their combinations, unions, and the five with negation.
 * A query's type is recognised from its tree's shape, whatever the names; {@link #OTHER} is any
 * other (still answerable) tree.
 *
 * <p>The shape is written {@code e} (anchor), {@code p(x)} (projection), {@code i(x,y)}
 * (intersection), {@code u(x,y)} (union), {@code n(x)} (negation); operands of i and u are sorted,
 * so operand order does not matter.
 */
public enum QueryType {
    P1("1p", "p(e)"),
    P2("2p", "p(p(e))"),
    P3("3p", "p(p(p(e)))"),
    I2("2i", "i(p(e),p(e))"),
    I3("3i", "i(p(e),p(e),p(e))"),
    IP("ip", "p(i(p(e),p(e)))"),
    PI("pi", "i(p(e),p(p(e)))"),
    U2("2u", "u(p(e),p(e))"),
    UP("up", "p(u(p(e),p(e)))"),
    IN2("2in", "i(n(p(e)),p(e))"),
    IN3("3in", "i(n(p(e)),p(e),p(e))"),
    INP("inp", "p(i(n(p(e)),p(e)))"),
    PIN("pin", "i(n(p(e)),p(p(e)))"),
    PNI("pni", "i(n(p(p(e))),p(e))"),
    OTHER("other", "");

    private final String label;
    private final String shape;

    QueryType(String label, String shape) {
        this.label = label;
        this.shape = shape;
    }

    /** The usual name: {@code 1p}, {@code 2in}, ... */
    public String label() {
        return label;
    }

    /** The canonical shape string (see the class comment); empty for {@link #OTHER}. */
    public String shape() {
        return shape;
    }

    /** Whether the structure contains a negation. */
    public boolean negated() {
        return shape.contains("n(");
    }

    /** The type of {@code query}'s structure, or {@link #OTHER}. */
    public static QueryType of(Query query) {
        String shape = shapeOf(query);
        return Arrays.stream(values()).filter(t -> t != OTHER && t.shape.equals(shape)).findFirst().orElse(OTHER);
    }

    /** The type named {@code label} (case-insensitive), as on a command line. */
    public static QueryType of(String label) {
        return Arrays.stream(values()).filter(t -> t != OTHER && t.label.equalsIgnoreCase(label.strip())).findFirst()
                .orElseThrow(() -> new BadInputException("query type must be one of " + standard().stream().map(QueryType::label).toList()
                        + ", got '" + label + "'"));
    }

    /** The 14 standard types, without {@link #OTHER}. */
    public static List<QueryType> standard() {
        return Arrays.stream(values()).filter(t -> t != OTHER).toList();
    }

    static String shapeOf(Query query) {
        return switch (query) {
            case Query.Anchor a -> "e";
            case Query.Projection p -> "p(" + shapeOf(p.of()) + ")";
            case Query.Not n -> "n(" + shapeOf(n.operand()) + ")";
            case Query.And a -> "i(" + String.join(",", a.operands().stream().map(QueryType::shapeOf).sorted().toList()) + ")";
            case Query.Or o -> "u(" + String.join(",", o.operands().stream().map(QueryType::shapeOf).sorted().toList()) + ")";
        };
    }

    @Override
    public String toString() {
        return label.toLowerCase(Locale.ROOT);
    }
}
