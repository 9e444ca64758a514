package dev.groundwork.ingest.tickets.sections;

import dev.groundwork.graph.tickets.SectionKind;
import dev.groundwork.ingest.tickets.TicketComment;
import dev.groundwork.ingest.tickets.TicketRecord;
import java.util.List;
import java.util.StringJoiner;

/**
 * Splits a ticket into a tree of {@link Section}s by rules, no model: SUMMARY (the title), FIELDS, then DESCRIPTION and one
 * COMMENT per comment, each the root of the sections found in its text. Headings in Jira wiki, Markdown, bold or plain
 * "Steps to reproduce:" form open sections of the kind they name (OTHER when they name none); code blocks become CODE, and
 * stack traces, fenced or not, STACK_TRACE. A section's text excludes its children's, so no text is stored twice.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * for (Section s : SectionSplitter.split(ticket)) {
 *     System.out.println(s.ordinal() + " " + s.kind() + " under " + s.parent());
 * }
 * }</pre>
 */
public final class SectionSplitter {
    /**
     * The fields that record how a ticket ended rather than what it is about. A duplicate-retrieval benchmark's answers are
     * exactly the tickets resolved as Duplicate, so matching on these would learn the label and hold nowhere else: they stay
     * on the ticket's node and in its FIELDS section's stored text, and {@link #searchableFields} leaves them out of what is
     * searched and embedded.
     */
    public static final List<String> OUTCOME_FIELDS = List.of("Status", "Resolution", "Fix versions");

    private SectionSplitter() {}

    /** The ticket's sections in document order; a parent always comes before its children. */
    public static List<Section> split(TicketRecord ticket) {
        SectionTree tree = new SectionTree();
        tree.appendLine(tree.add(SectionKind.SUMMARY, -1, ""), ticket.title());
        tree.appendLine(tree.add(SectionKind.FIELDS, -1, ""), fields(ticket));
        if (!ticket.description().isBlank()) {
            FreeText.split(tree, ticket.description(), tree.add(SectionKind.DESCRIPTION, -1, ""));
        }
        for (TicketComment comment : ticket.comments()) {
            String author = comment.author() == null ? "" : comment.author();
            FreeText.split(tree, comment.body(), tree.add(SectionKind.COMMENT, -1, author));
        }
        return tree.sections();
    }

    /** A FIELDS section's text as {@link #split} wrote it, without its {@link #OUTCOME_FIELDS} lines: what is matched. */
    public static String searchableFields(String fieldsText) {
        return fieldsText.lines()
                .filter(line -> OUTCOME_FIELDS.stream().noneMatch(name -> line.startsWith(name + ": ")))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private static String fields(TicketRecord t) {
        StringJoiner out = new StringJoiner("\n");
        field(out, "Type", t.type());
        field(out, "Status", t.status());
        field(out, "Priority", t.priority());
        field(out, "Resolution", t.resolution());
        field(out, "Project", t.project());
        field(out, "Components", String.join(", ", t.components()));
        field(out, "Affects versions", String.join(", ", t.versions()));
        field(out, "Fix versions", String.join(", ", t.fixVersions()));
        field(out, "Labels", String.join(", ", t.labels()));
        return out.toString();
    }

    private static void field(StringJoiner out, String name, String value) {
        if (!value.isBlank()) {
            out.add(name + ": " + value);
        }
    }
}
