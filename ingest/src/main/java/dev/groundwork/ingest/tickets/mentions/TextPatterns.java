package dev.groundwork.ingest.tickets.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** The patterns that find exception names, error codes, top stack frames, configuration keys and ticket keys in free text, each with its normal form. */
final class TextPatterns {
    /** One pattern: what it finds and how a match becomes a value (null to reject the match). */
    private record Rule(MentionKind kind, Pattern pattern, Function<MatchResult, String> value) {}

    private static final Set<String> BARE = Set.of("Exception", "Error", "Throwable");
    // Upper-case words followed by a number that are not ticket keys.
    private static final Set<String> NOT_PROJECTS = Set.of("UTF", "ISO", "CVE", "SHA", "RFC", "AES", "HTTP", "GMT", "UTC", "JSR",
            "ORA", "PLS", "TNS", "ERR", "TLS", "SSL", "MD", "X", "IPV", "CP", "RHEL");
    // errno names as Linux spells them; any other E-word (EOF, ETL) is left alone.
    private static final String ERRNO_NAMES = "EACCES|EPERM|ENOENT|EEXIST|ENOSPC|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAGAIN|EINTR|EIO"
            + "|EBADF|ENOMEM|EINVAL|EPIPE|EMFILE|ENFILE|EADDRINUSE|EHOSTUNREACH|ENETUNREACH|ENOTDIR|EISDIR|EROFS|EDQUOT|ENOTEMPTY"
            + "|ESTALE|ENOTCONN|ENOSYS|EBUSY|EXDEV|ELOOP|ENAMETOOLONG";

    private static final List<Rule> RULES = List.of(
            new Rule(MentionKind.EXCEPTION,
                    Pattern.compile("\\b(?:[a-z_][\\w$]*\\.)*([A-Z][\\w$]*(?:Exception|Error|Throwable))\\b"),
                    m -> BARE.contains(m.group(1)) ? null : m.group()),
            new Rule(MentionKind.ERROR_CODE, Pattern.compile("(?i)\\bHTTP(?:/\\d(?:\\.\\d)?)?[\\s:]+([1-5]\\d\\d)\\b"), m -> "HTTP " + m.group(1)),
            new Rule(MentionKind.ERROR_CODE, Pattern.compile("(?i)\\bstatus code[\\s:=]+([1-5]\\d\\d)\\b"), m -> "HTTP " + m.group(1)),
            new Rule(MentionKind.ERROR_CODE, Pattern.compile("\\b(?:ORA|PLS|TNS)-\\d{4,5}\\b"), MatchResult::group),
            new Rule(MentionKind.ERROR_CODE, Pattern.compile("\\b(?:" + ERRNO_NAMES + ")\\b"), MatchResult::group),
            new Rule(MentionKind.ERROR_CODE, Pattern.compile("(?i)\\berrno[\\s:=]+(\\d+)"), m -> "errno " + m.group(1)),
            new Rule(MentionKind.ERROR_CODE, Pattern.compile("(?i)\\bexit (?:code|status|value)[\\s:=]+(-?\\d+)"), m -> "exit code " + m.group(1)),
            // Hadoop IPC's RpcErrorCodeProto names, e.g. ERROR_NO_SUCH_METHOD, FATAL_UNAUTHORIZED.
            new Rule(MentionKind.ERROR_CODE, Pattern.compile("\\b(?:ERROR|FATAL)_[A-Z_]{3,}\\b"), MatchResult::group),
            // S3A passes on AWS's "Error Code: AccessDenied".
            new Rule(MentionKind.ERROR_CODE, Pattern.compile("(?i)\\berror code:\\s*([A-Za-z][A-Za-z0-9]+)"), m -> m.group(1)),
            new Rule(MentionKind.TICKET_KEY, Pattern.compile("\\b([A-Z][A-Z0-9_]{1,9})-[1-9]\\d{0,6}\\b"),
                    m -> NOT_PROJECTS.contains(m.group(1)) ? null : m.group()));

    static final int TOP_FRAMES = 3;
    private static final Pattern FRAME = Pattern.compile("^\\s*at\\s+((?:[\\w$]+\\.)+[\\w$<>]+)\\s*\\(");
    private static final Pattern CONFIG_KEY = Pattern.compile("(?<![\\w./-])([a-z][a-z0-9-]*(?:\\.[a-z][a-zA-Z0-9_-]*){2,})(?![\\w/(-]|\\.[\\w])");
    // Dotted lower-case names that are packages, hosts or files, not configuration keys.
    private static final Pattern NOT_CONFIG = Pattern.compile("^(?:org|com|java|javax|sun|jdk|io|net|www|scala)\\..*|.*\\.(?:java|scala|xml|jar|html?|com|org|net|log|txt|sh|py|json|yaml|yml|properties|gz|tar)$");

    private TextPatterns() {}

    /** The first {@value #TOP_FRAMES} frames after each run of non-frame lines: the top of each stack trace. */
    private static void topFrames(String text, int section, List<Mention> out) {
        int inRun = 0;
        for (String line : text.split("\\R")) {
            var m = FRAME.matcher(line);
            if (m.find()) {
                if (inRun++ < TOP_FRAMES) {
                    out.add(new Mention(MentionKind.FRAME, m.group(1), section));
                }
            } else {
                inRun = 0;
            }
        }
    }

    private static void configKeys(String text, int section, List<Mention> out) {
        CONFIG_KEY.matcher(text).results().map(m -> m.group(1)).filter(k -> !NOT_CONFIG.matcher(k).matches())
                .forEach(k -> out.add(new Mention(MentionKind.CONFIG_KEY, k, section)));
    }

    /** Every match of every rule in {@code text}, in rule order, as (kind, value) pairs. */
    static List<Mention> find(String text, int section) {
        List<Mention> out = new ArrayList<>();
        for (Rule rule : RULES) {
            rule.pattern().matcher(text).results().forEach(m -> {
                String value = rule.value().apply(m);
                if (value != null) {
                    out.add(new Mention(rule.kind(), value, section));
                }
            });
        }
        topFrames(text, section, out);
        configKeys(text, section, out);
        return out;
    }
}
