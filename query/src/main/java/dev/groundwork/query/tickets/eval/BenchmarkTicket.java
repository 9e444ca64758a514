package dev.groundwork.query.tickets.eval;

import java.util.Objects;

/** A ticket as the duplicate benchmark sees it: an id and the two free-text fields every system may read, nothing else. */
public record BenchmarkTicket(String id, String summary, String description) {
    public BenchmarkTicket {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a benchmark ticket needs an id");
        }
        summary = Objects.requireNonNullElse(summary, "");
        description = Objects.requireNonNullElse(description, "");
    }

    /** Summary and description as one text, the input every system indexes and queries with. */
    public String text() {
        return summary + "\n" + description;
    }
}
