package dev.groundwork.ingest.tickets;

import dev.groundwork.graph.tickets.LinkType;
import java.util.Objects;

/**
 * A directed link: {@code sourceKey} {@code type} {@code targetKey}, e.g. HADOOP-2 DUPLICATES HADOOP-1. A link read from
 * the target's side (Jira's inward links) is stored in this same direction, so the source need not be the ticket that
 * carried it. {@code originalName} is the phrase or type name the link was read from, kept for links mapped by guess.
 */
public record TicketLink(LinkType type, String sourceKey, String targetKey, String originalName) {
    public TicketLink {
        Objects.requireNonNull(type, "type");
        if (sourceKey == null || sourceKey.isBlank() || targetKey == null || targetKey.isBlank()) {
            throw new IllegalArgumentException("a link needs a source and a target key, got " + sourceKey + " and " + targetKey);
        }
        originalName = Objects.requireNonNullElse(originalName, type.name());
    }
}
