package dev.groundwork.ingest.tickets.sections;

import dev.groundwork.graph.tickets.SectionKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits one free text (a description or a comment) under a root section: headings open sections below the root; code
 * blocks ({@code {code}}, {@code {noformat}}, Markdown fences) and stack traces become children of the section they appear
 * in, as CODE, or STACK_TRACE when their lines are mostly frames. Prose stays in the section it is written under.
 */
final class FreeText {
    private static final Pattern FENCE = Pattern.compile("^\\s*(\\{code(?::[^}]*)?}|\\{noformat(?::[^}]*)?}|```+|~~~+)(.*)$");

    private final SectionTree tree;
    private final List<String> lines;
    private final int root;
    private int current;
    private int i;

    private FreeText(SectionTree tree, String text, int root) {
        this.tree = tree;
        this.lines = Arrays.asList(text.split("\r\n|\r|\n", -1));
        this.root = root;
        this.current = root;
    }

    /** Adds the sections of {@code text} below {@code root}, which the caller has already added. */
    static void split(SectionTree tree, String text, int root) {
        new FreeText(tree, text, root).run();
    }

    private void run() {
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher fence = FENCE.matcher(line);
            if (fence.matches()) {
                block(fence.group(1), fence.group(2));
            } else if (StackTraces.startsAt(lines, i)) {
                trace();
            } else if (Logs.startsAt(lines, i)) {
                log();
            } else {
                heading(line);
            }
        }
    }

    private void heading(String line) {
        Optional<Headings.Heading> heading = Headings.of(line);
        if (heading.isPresent()) {
            current = tree.add(heading.get().kind(), root, heading.get().title());
            if (!heading.get().inlineText().isEmpty()) {
                tree.appendLine(current, heading.get().inlineText());
            }
        } else {
            tree.appendLine(current, line);
        }
        i++;
    }

    private void block(String opener, String rest) {
        String closer = opener.startsWith("{code") ? "{code}" : opener.startsWith("{noformat") ? "{noformat}" : opener.substring(0, 3);
        List<String> content = new ArrayList<>();
        String first = rest;
        i++;
        int close = first.indexOf(closer);
        if (close >= 0) {
            content.add(first.substring(0, close));
        } else {
            if (!first.isBlank() && opener.startsWith("{")) {
                content.add(first);
            }
            for (; i < lines.size(); i++) {
                int at = lines.get(i).indexOf(closer);
                if (at >= 0 && (opener.startsWith("{") || lines.get(i).strip().startsWith(closer))) {
                    content.add(lines.get(i).substring(0, at));
                    i++;
                    break;
                }
                content.add(lines.get(i));
            }
        }
        child(StackTraces.isTrace(content) ? SectionKind.STACK_TRACE : Logs.isLog(content) ? SectionKind.LOG : SectionKind.CODE, content);
    }

    private void trace() {
        int start = i;
        i++;
        while (i < lines.size() && StackTraces.continuesAt(lines, i)) {
            i++;
        }
        child(SectionKind.STACK_TRACE, lines.subList(start, i));
    }

    /** Log lines up to the first that is not one, or that starts a stack trace (which becomes its own section). */
    private void log() {
        int start = i;
        i++;
        while (i < lines.size() && Logs.isLine(lines.get(i)) && !StackTraces.startsAt(lines, i)) {
            i++;
        }
        child(SectionKind.LOG, lines.subList(start, i));
    }

    private void child(SectionKind kind, List<String> content) {
        int section = tree.add(kind, current, "");
        content.forEach(l -> tree.appendLine(section, l));
    }
}
