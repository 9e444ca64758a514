package dev.groundwork.api.graphql;

import dev.groundwork.api.explore.GraphExplorer;
import dev.groundwork.graph.ConfigurationException;

/**
 * The largest arguments the GraphQL API accepts, from {@code groundwork.api.limits.*} (docs/security.md); a larger
 * argument is refused with {@code BAD_USER_INPUT} naming it, before any work. Immutable.
 *
 * <pre>{@code
 * new ApiLimits(100, 64, 3, 500);   // groundwork.api.limits.beam: 64
 * }</pre>
 *
 * @param k most results of {@code predictLinks}, {@code complexQuery} and {@code searchTickets}
 * @param beam most candidates per variable of {@code complexQuery}'s beam search
 * @param hops most hops of {@code subgraph} and {@code conceptSubgraph}
 * @param limit most nodes of {@code subgraph} and {@code conceptSubgraph}
 */
public record ApiLimits(int k, int beam, int hops, int limit) {
    /** k 100, beam 256, hops 3, limit 500. */
    public static final ApiLimits DEFAULTS = new ApiLimits(100, 256, GraphExplorer.MAX_HOPS, GraphExplorer.MAX_LIMIT);

    public ApiLimits {
        positive("k", k);
        positive("beam", beam);
        positive("hops", hops);
        positive("limit", limit);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new ConfigurationException("groundwork.api.limits." + name + " must be positive, got " + value);
        }
    }
}
