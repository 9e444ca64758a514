package dev.groundwork.ingest.tickets;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.graph.tickets.LinkType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps Jira's {@code issuelinks} to {@link TicketLink}s. Jira names each link type with an outward phrase ("duplicates",
 * "blocks", "depends upon") and an inward one; the outward phrase decides the type, and an {@code inwardIssue} reverses the
 * direction. "Depends upon" and "requires" read as the other ticket blocking this one. Types without a known phrase become
 * RELATES_TO, keeping Jira's name.
 */
final class JiraLinks {
    private JiraLinks() {}

    static List<TicketLink> of(String key, JsonNode issueLinks) {
        List<TicketLink> links = new ArrayList<>();
        for (JsonNode link : issueLinks) {
            JsonNode type = link.path("type");
            String name = JsonFields.text(type, "name");
            String outward = JsonFields.text(type, "outward");
            String other = JsonFields.text(link, "outwardIssue", "key");
            boolean thisIsSource = !other.isEmpty();
            if (!thisIsSource) {
                other = JsonFields.text(link, "inwardIssue", "key");
            }
            if (other.isEmpty()) {
                continue;
            }
            links.add(link(key, other, name, outward, thisIsSource));
        }
        return links;
    }

    /**
     * The link of Jira type {@code name} between {@code key} and {@code other}. {@code outward} is the type's outward phrase,
     * or "" where the export names only the type (the CSV's "Outward issue link (Duplicate)" columns); {@code keyIsOutward}
     * says that {@code key} is the ticket the outward phrase reads from ("key duplicates other").
     */
    static TicketLink link(String key, String other, String name, String outward, boolean keyIsOutward) {
        String phrase = outward.toLowerCase(Locale.ROOT);
        String direction = phrase.isEmpty() ? name.toLowerCase(Locale.ROOT) : phrase;
        boolean reversed = direction.contains("depend") || direction.contains("require");
        LinkType linkType = reversed ? LinkType.BLOCKS : typeOf(phrase + " " + name.toLowerCase(Locale.ROOT));
        boolean forward = keyIsOutward != reversed;
        return forward ? new TicketLink(linkType, key, other, name) : new TicketLink(linkType, other, key, name);
    }

    private static LinkType typeOf(String phrase) {
        if (phrase.contains("duplicat")) {
            return LinkType.DUPLICATES;
        }
        if (phrase.contains("clone")) {
            return LinkType.CLONES;
        }
        if (phrase.contains("block")) {
            return LinkType.BLOCKS;
        }
        if (phrase.contains("cause")) {
            return LinkType.CAUSES;
        }
        return LinkType.RELATES_TO;
    }
}
