package dev.groundwork.ingest.tickets.mentions;

import dev.groundwork.ingest.tickets.TicketRecord;
import dev.groundwork.ingest.tickets.sections.Section;
import dev.groundwork.graph.tickets.SectionKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Finds the entities a ticket mentions, each tied to the section that names it: components, versions and labels from the
 * ticket's fields (tied to its FIELDS section), and exception classes, error codes and other tickets' keys from the text of
 * every other section. Each (kind, value, section) is reported once; the ticket's own key is not a mention.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * List<Section> sections = SectionSplitter.split(ticket);
 * for (Mention m : MentionExtractor.extract(ticket, sections)) {
 *     System.out.println(m.kind() + " " + m.value() + " in section " + m.section());
 * }
 * }</pre>
 */
public final class MentionExtractor {
    private MentionExtractor() {}

    /** Mentions in {@code ticket}, whose sections are {@code sections} as {@code SectionSplitter.split} made them. */
    public static List<Mention> extract(TicketRecord ticket, List<Section> sections) {
        LinkedHashSet<Mention> out = new LinkedHashSet<>();
        for (Section s : sections) {
            if (s.kind() == SectionKind.FIELDS) {
                fields(ticket, s.ordinal(), out);
            } else {
                TextPatterns.find(s.text(), s.ordinal()).stream()
                        .filter(m -> !(m.kind() == MentionKind.TICKET_KEY && m.value().equals(ticket.key())))
                        .forEach(out::add);
            }
        }
        return new ArrayList<>(out);
    }

    private static void fields(TicketRecord t, int section, LinkedHashSet<Mention> out) {
        t.components().forEach(c -> out.add(new Mention(MentionKind.COMPONENT, c, section)));
        t.versions().forEach(v -> out.add(new Mention(MentionKind.VERSION, v, section)));
        t.fixVersions().forEach(v -> out.add(new Mention(MentionKind.VERSION, v, section)));
        t.labels().forEach(l -> out.add(new Mention(MentionKind.LABEL, l, section)));
    }
}
