package dev.groundwork.ingest.tickets.sections;

import dev.groundwork.graph.tickets.SectionKind;
import java.util.Objects;

/**
 * One node of a ticket's section tree. {@code ordinal} is its position in document order (0-based) and {@code parent} the
 * ordinal of the section it belongs to, or -1 for a top-level section. {@code title} is the heading it was split at (or
 * the comment's author), "" when none; {@code text} is its own text only, without its children's.
 */
public record Section(SectionKind kind, int ordinal, int parent, String title, String text) {
    public Section {
        Objects.requireNonNull(kind, "kind");
        if (ordinal < 0 || parent < -1 || parent >= ordinal) {
            throw new IllegalArgumentException("a section's parent must come before it, got ordinal " + ordinal + " and parent " + parent);
        }
        title = Objects.requireNonNullElse(title, "");
        text = Objects.requireNonNullElse(text, "");
    }

    public boolean isTopLevel() {
        return parent < 0;
    }
}
