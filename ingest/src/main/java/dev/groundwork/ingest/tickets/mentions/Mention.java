package dev.groundwork.ingest.tickets.mentions;

import java.util.Objects;

/** An entity named in a ticket: its kind, its value in normal form, and the ordinal of the section that names it. */
public record Mention(MentionKind kind, String value, int section) {
    public Mention {
        Objects.requireNonNull(kind, "kind");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a mention needs a value");
        }
        if (section < 0) {
            throw new IllegalArgumentException("a mention's section ordinal must be 0 or more, got " + section);
        }
    }
}
