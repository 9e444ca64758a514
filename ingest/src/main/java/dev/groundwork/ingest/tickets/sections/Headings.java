package dev.groundwork.ingest.tickets.sections;

import dev.groundwork.graph.tickets.SectionKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises section headings: Jira wiki ({@code h3. Title}), Markdown ({@code ## Title}), a bold line ({@code *Title*}),
 * a known heading phrase alone on a line ("Steps to reproduce"), or a known phrase followed by a colon and text on the same
 * line ("Expected: it works"). Only marked-up headings may carry unknown titles; a plain "Note: ..." is prose.
 */
final class Headings {
    /** A recognised heading: its kind, its title as written, and any text after a colon on the same line. */
    record Heading(SectionKind kind, String title, String inlineText) {}

    // "# item" is a numbered list in Jira wiki but a heading in Markdown: a single '#' is a heading only with a known phrase.
    private static final Pattern SINGLE_HASH = Pattern.compile("^\\s*#\\s+(.+?)[\\s#]*$");
    private static final List<Pattern> MARKED = List.of(
            Pattern.compile("^\\s*h[1-6]\\.\\s+(.+?)\\s*$"),
            Pattern.compile("^\\s*#{2,6}\\s+(.+?)[\\s#]*$"),
            Pattern.compile("^\\s*(?:\\*{1,2}|_)([^*_]+?)\\s*:?\\s*(?:\\*{1,2}|_)\\s*:?\\s*$"));
    private static final Pattern LABEL = Pattern.compile("^\\s*([A-Za-z][A-Za-z /]{1,40}?)\\s*(?::\\s*(.*))?$");
    private static final Map<SectionKind, Pattern> PHRASES = Map.of(
            SectionKind.STEPS_TO_REPRODUCE, phrase("(?:steps|how) to repro(?:duce)?|(?:to )?reproduce|repro(?:duction)?(?: steps)?|steps"),
            SectionKind.EXPECTED, phrase("expected(?: (?:results?|behaviou?r|outcome|output))?"),
            SectionKind.ACTUAL, phrase("(?:actual|observed|current)(?: (?:results?|behaviou?r|outcome|output))?"),
            SectionKind.ROOT_CAUSE, phrase("(?:root )?cause(?: analysis)?|analysis|reason|where s the bug"),
            SectionKind.RESOLUTION, phrase("resolution|(?:how to )?fix|solution|proposed (?:fix|solution)|workaround|remedy"),
            SectionKind.ENVIRONMENT, phrase("(?:test )?environment|env|platform|setup"),
            SectionKind.STACK_TRACE, phrase("stack ?traces?|exception|stack"));
    private static final List<SectionKind> ORDER = List.of(SectionKind.STEPS_TO_REPRODUCE, SectionKind.EXPECTED,
            SectionKind.ACTUAL, SectionKind.ROOT_CAUSE, SectionKind.RESOLUTION, SectionKind.ENVIRONMENT, SectionKind.STACK_TRACE);

    private Headings() {}

    private static Pattern phrase(String regex) {
        return Pattern.compile("(?:" + regex + ")");
    }

    static Optional<Heading> of(String line) {
        for (Pattern marked : MARKED) {
            Matcher m = marked.matcher(line);
            if (m.matches()) {
                String title = m.group(1).strip();
                return Optional.of(new Heading(kindOf(title, true).orElse(SectionKind.OTHER), title, ""));
            }
        }
        Matcher hash = SINGLE_HASH.matcher(line);
        if (hash.matches()) {
            return known(hash.group(1), "");
        }
        Matcher label = LABEL.matcher(line);
        if (label.matches()) {
            return known(label.group(1), label.group(2) == null ? "" : label.group(2).strip());
        }
        return Optional.empty();
    }

    private static Optional<Heading> known(String title, String inline) {
        String t = title.strip();
        return kindOf(t, false).map(kind -> new Heading(kind, t, inline));
    }

    /**
     * The kind a title names. A marked-up heading may go on after the phrase ("Steps to reproduce on a secure cluster");
     * a plain line must be the phrase alone, or ordinary sentences would become headings. Parentheses are ignored.
     */
    private static Optional<SectionKind> kindOf(String title, boolean prefixOk) {
        String normal = title.toLowerCase(Locale.ROOT).replaceAll("\\(.*?\\)", " ").replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
        return ORDER.stream().filter(k -> {
            Matcher m = PHRASES.get(k).matcher(normal);
            return prefixOk ? m.lookingAt() && (m.end() == normal.length() || normal.charAt(m.end()) == ' ') : m.matches();
        }).findFirst();
    }
}
