package dev.groundwork.ingest.tickets;

import dev.groundwork.graph.tickets.LinkType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds issue references in GitHub text: {@code #123} and {@code owner/repo#123}. A reference right after "duplicate of" or
 * "duplicates" is a DUPLICATES link, any other RELATES_TO; a ticket referring to itself is no link. The strongest reading of
 * each target wins, so a ticket both mentioned and called a duplicate yields one DUPLICATES link.
 */
final class GithubReferences {
    private static final Pattern REFERENCE = Pattern.compile(
            "(?i)(?<dup>\\bduplicate\\s+of\\s+|\\bduplicates\\s+)?(?<![\\w&/])(?<repo>[\\w.-]+/[\\w.-]+)?#(?<number>\\d+)\\b");

    private GithubReferences() {}

    /** Links from ticket {@code key} (in {@code repo}, which may be empty) to the issues {@code texts} refer to. */
    static List<TicketLink> find(String key, String repo, List<String> texts) {
        Map<String, TicketLink> byTarget = new LinkedHashMap<>();
        for (String text : texts) {
            Matcher m = REFERENCE.matcher(text);
            while (m.find()) {
                String targetRepo = m.group("repo") != null ? m.group("repo") : repo;
                String target = GithubIssues.key(targetRepo, m.group("number"));
                boolean duplicate = m.group("dup") != null;
                if (!target.equals(key) && (duplicate || !byTarget.containsKey(target))) {
                    LinkType type = duplicate ? LinkType.DUPLICATES : LinkType.RELATES_TO;
                    byTarget.put(target, new TicketLink(type, key, target, m.group().strip()));
                }
            }
        }
        return List.copyOf(byTarget.values());
    }
}
