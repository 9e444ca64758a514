package dev.groundwork.ingest.tickets.sections;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells Java stack-trace lines from prose: frames ({@code at org.apache.Foo.bar(Foo.java:12)}), {@code Caused by:},
 * {@code Suppressed:}, {@code ... 12 more}, and an exception line ({@code java.io.IOException: disk full}, possibly after a
 * log prefix or {@code Exception in thread "main"}) when a frame follows it.
 */
final class StackTraces {
    private static final Pattern FRAME = Pattern.compile("^\\s*at\\s+[\\w$.<>/]+\\(.*\\)\\s*$");
    private static final Pattern CONTINUATION = Pattern.compile("^\\s*(?:Caused by:|Suppressed:|\\.\\.\\.\\s*\\d+\\s+more)");
    private static final Pattern EXCEPTION = Pattern.compile("(?:Exception in thread \"[^\"]*\"\\s+)?\\b(?:[a-z_][\\w$]*\\.)*[A-Z][\\w$]*(?:Exception|Error|Throwable)\\b");

    private StackTraces() {}

    /** Whether a trace starts at {@code lines[i]}: a frame, or an exception line followed by a frame. */
    static boolean startsAt(List<String> lines, int i) {
        return FRAME.matcher(lines.get(i)).matches()
                || EXCEPTION.matcher(lines.get(i)).find() && i + 1 < lines.size() && FRAME.matcher(lines.get(i + 1)).matches();
    }

    /** Whether {@code lines[i]} continues a trace already started. */
    static boolean continuesAt(List<String> lines, int i) {
        String line = lines.get(i);
        return FRAME.matcher(line).matches() || CONTINUATION.matcher(line).find() || startsAt(lines, i);
    }

    /** Whether a code block's content is mostly a stack trace. */
    static boolean isTrace(List<String> lines) {
        long frames = lines.stream().filter(l -> FRAME.matcher(l).matches()).count();
        return frames > 0 && frames * 2 >= lines.stream().filter(l -> !l.isBlank()).count() - 2;
    }
}
