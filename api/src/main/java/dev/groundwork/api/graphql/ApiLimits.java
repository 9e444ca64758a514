package dev.groundwork.api.graphql;

import dev.groundwork.graph.ConfigurationException;

/**
 * The largest arguments the GraphQL API accepts, from {@code groundwork.api.limits.*} (docs/security.md); a larger
 * argument is refused with {@code BAD_USER_INPUT} naming it, before any work. Defaults (application.yml): k 100,
 * beam 256, hops 4, limit 500. Immutable.
 *
 * <pre>{@code
 * new ApiLimits(100, 64, 3, 500);   // groundwork.api.limits.beam: 64
 * }</pre>
 *
 * @param k most results of {@code predictLinks}, {@code complexQuery} and {@code searchTickets}
 * @param beam most candidates per variable of {@code complexQuery}'s beam search
 * @param hops most hops of {@code conceptSubgraph} and {@code subgraph} (which also keeps its own ceiling of 3)
 * @param limit most nodes of {@code subgraph} and {@code conceptSubgraph}
 */
public record ApiLimits(int k, int beam, int hops, int limit) {
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
