package dev.groundwork.api.graphql;

import dev.groundwork.api.ask.Asker;
import dev.groundwork.graph.BadInputException;
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

    /**
     * The grounding paths {@code ask} adds on request (GraphQL's {@code paths}, the {@code paths} of /ask/stream), with
     * hops and limit within these limits and the answer at most {@value Arguments#MAX_TEXT} characters.
     *
     * @param prefix how messages name the arguments: {@code "paths."} over GraphQL, {@code ""} on /ask/stream
     * @throws BadInputException naming the argument, its bound and the value given
     */
    public Asker.Paths paths(String prefix, String answer, Integer pathHops, Integer pathLimit) {
        int h = within(prefix + "hops", pathHops, hops, "groundwork.api.limits.hops");
        int l = within(prefix + "limit", pathLimit, limit, "groundwork.api.limits.limit");
        if (answer != null && answer.length() > Arguments.MAX_TEXT) {
            throw new BadInputException(prefix + "answer must be at most " + Arguments.MAX_TEXT + " characters, got " + answer.length());
        }
        return Asker.Paths.of(answer, h, l);
    }

    private static int within(String name, Integer value, int max, String setting) {
        if (value == null || value < 1 || value > max) {
            throw new BadInputException(name + " must be between 1 and " + max + " (" + setting + "), got " + value);
        }
        return value;
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new ConfigurationException("groundwork.api.limits." + name + " must be positive, got " + value);
        }
    }
}
