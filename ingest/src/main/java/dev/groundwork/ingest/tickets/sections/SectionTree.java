package dev.groundwork.ingest.tickets.sections;

import dev.groundwork.graph.tickets.SectionKind;
import java.util.ArrayList;
import java.util.List;

/** Collects sections in document order while their text is still being appended, then freezes them. */
final class SectionTree {
    private record Draft(SectionKind kind, int parent, String title, StringBuilder text) {}

    private final List<Draft> drafts = new ArrayList<>();

    /** Adds a section and returns its ordinal. */
    int add(SectionKind kind, int parent, String title) {
        drafts.add(new Draft(kind, parent, title, new StringBuilder()));
        return drafts.size() - 1;
    }

    void appendLine(int ordinal, String line) {
        drafts.get(ordinal).text().append(line).append('\n');
    }

    List<Section> sections() {
        List<Section> out = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            out.add(new Section(d.kind(), i, d.parent(), d.title(), d.text().toString().strip()));
        }
        return out;
    }
}
