package dev.groundwork.query.tickets;

import dev.groundwork.graph.tickets.SectionKind;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a question about tickets: the entities it names that the graph knows (exception classes,
 * error codes, ticket keys) and its intent, the section kinds it asks for ("how do I fix" wants
 * RESOLUTION and COMMENT, "why" wants ROOT_CAUSE, ...).
 */
final class QuestionParser {
    private static final Pattern EXCEPTION = Pattern.compile("\\b(?:[a-z_][\\w$]*\\.)*([A-Z][\\w$]*(?:Exception|Error|Throwable))\\b");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.:-]*[A-Za-z0-9_]");
    private static final Pattern TICKET_KEY = Pattern.compile("\\b([A-Z][A-Z0-9_]{1,9}-[1-9]\\d{0,6})\\b");

    /** Section kinds, as the graph stores them. */

    record Parsed(Set<String> mentions, Set<String> ticketKeys, Set<SectionKind> wantedKinds) {}

    private QuestionParser() {}

    static Parsed parse(String text, TicketGraph graph) {
        Set<String> mentions = new LinkedHashSet<>();
        Matcher m = EXCEPTION.matcher(text);
        while (m.find()) {
            if (graph.knowsMention(m.group(1))) {
                mentions.add(m.group(1));
            }
        }
        Matcher t = TOKEN.matcher(text);
        while (t.find()) {
            if (graph.knowsMention(t.group())) {
                mentions.add(t.group());
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        Matcher k = TICKET_KEY.matcher(text);
        while (k.find()) {
            keys.add(k.group(1));
        }
        return new Parsed(mentions, keys, intent(text));
    }

    static Set<SectionKind> intent(String text) {
        String q = text.toLowerCase(Locale.ROOT);
        if (q.matches("(?s).*\\b(how (do|can|to) (i |we )?(fix|solve|resolve|work around|avoid)|fix(ed)? (it|this)|workaround|solution)\\b.*")) {
            return EnumSet.of(SectionKind.RESOLUTION, SectionKind.COMMENT);
        }
        if (q.matches("(?s).*\\b(why|root cause|cause of|caused by|reason)\\b.*")) {
            return EnumSet.of(SectionKind.ROOT_CAUSE, SectionKind.COMMENT, SectionKind.STACK_TRACE);
        }
        if (q.matches("(?s).*\\b(how (do|can) (i|we|you) reproduce|steps|reproduc)\\w*.*")) {
            return EnumSet.of(SectionKind.STEPS_TO_REPRODUCE, SectionKind.DESCRIPTION);
        }
        if (q.matches("(?s).*\\b(stack ?trace|exception|error log)\\b.*")) {
            return EnumSet.of(SectionKind.STACK_TRACE, SectionKind.DESCRIPTION);
        }
        return EnumSet.of(SectionKind.SUMMARY, SectionKind.DESCRIPTION, SectionKind.RESOLUTION);
    }
}
