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
            String outward = JsonFields.text(type, "outward").toLowerCase(Locale.ROOT);
            String other = JsonFields.text(link, "outwardIssue", "key");
            boolean thisIsSource = !other.isEmpty();
            if (!thisIsSource) {
                other = JsonFields.text(link, "inwardIssue", "key");
            }
            if (other.isEmpty()) {
                continue;
            }
            boolean reversed = outward.contains("depend") || outward.contains("require");
            LinkType linkType = reversed ? LinkType.BLOCKS : typeOf(outward + " " + name.toLowerCase(Locale.ROOT));
            boolean forward = thisIsSource != reversed;
            links.add(forward ? new TicketLink(linkType, key, other, name) : new TicketLink(linkType, other, key, name));
        }
        return links;
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
