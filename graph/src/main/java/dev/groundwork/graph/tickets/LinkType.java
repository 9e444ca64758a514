package dev.groundwork.graph.tickets;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Normalised link types between tickets, each the type of a relationship between two {@code Ticket} nodes; each
 * reads from source to target, e.g. source DUPLICATES target. The ticket ingestor writes them from the sources' links;
 * ticket retrieval reads them together with {@link #SIMILAR_TO}. Lives in graph so that both spell them once.
 * Immutable, thread-safe.
 *
 * <pre>{@code
 * String links = "MATCH (t:Ticket {key: $key})-[l:%s]-(o:Ticket) RETURN type(l), o.key".formatted(LinkType.CYPHER_ALTERNATION);
 * }</pre>
 */
public enum LinkType {
    DUPLICATES,
    CLONES,
    RELATES_TO,
    BLOCKS,
    CAUSES;

    /** The implicit link, with a {@code score}, between tickets whose titles are similar; written by the ingest, not parsed. */
    public static final String SIMILAR_TO = "SIMILAR_TO";

    /**
     * Every relationship type between two tickets, the explicit ones in declaration order and then {@link #SIMILAR_TO}, as
     * a Cypher relationship-type alternation ({@code DUPLICATES|CLONES|RELATES_TO|BLOCKS|CAUSES|SIMILAR_TO}) for a
     * pattern such as {@code -[l:%s]-}.
     */
    public static final String CYPHER_ALTERNATION = Stream.concat(Arrays.stream(values()).map(Enum::name), Stream.of(SIMILAR_TO))
            .collect(Collectors.joining("|"));
}
