package dev.groundwork.ingest.tickets.sections;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells log lines from prose: a line that starts with a timestamp ({@code 2021-09-30 17:20:01,123}, {@code 21/09/30 17:20:01},
 * {@code [2021-09-30T17:20:01Z]}) or has an upper-case level (TRACE, DEBUG, INFO, WARN, ERROR, FATAL, SEVERE) among its
 * first four words, followed by a separator. One such line alone stays prose; two or more in a row are a LOG section.
 */
final class Logs {
    private static final Pattern TIMESTAMP = Pattern.compile("^\\s*\\[?\\d{2,4}[-/]\\d{1,2}[-/]\\d{1,2}[ T]\\d{1,2}:\\d{2}");
    private static final Pattern LEVEL = Pattern.compile("^\\s*(?:\\S+\\s+){0,3}\\[?(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|SEVERE)\\]?(?:\\s|:|$)");

    private Logs() {}

    static boolean isLine(String line) {
        return TIMESTAMP.matcher(line).find() || LEVEL.matcher(line).find();
    }

    /** Whether a LOG section starts at {@code lines[i]}: this line and the next are log lines. */
    static boolean startsAt(List<String> lines, int i) {
        return i + 1 < lines.size() && isLine(lines.get(i)) && isLine(lines.get(i + 1));
    }

    /** Whether a code block's content is mostly log lines. */
    static boolean isLog(List<String> lines) {
        long logs = lines.stream().filter(Logs::isLine).count();
        return logs >= 2 && logs * 2 >= lines.stream().filter(l -> !l.isBlank()).count();
    }
}
