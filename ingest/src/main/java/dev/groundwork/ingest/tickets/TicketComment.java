package dev.groundwork.ingest.tickets;

import java.time.Instant;
import java.util.Objects;

/** A comment on a ticket; {@code author} and {@code created} are null when the source does not say. */
public record TicketComment(String author, Instant created, String body) {
    public TicketComment {
        body = Objects.requireNonNullElse(body, "");
    }
}
