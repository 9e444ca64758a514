package dev.groundwork.ingest.tickets;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.graph.BadInputException;
import java.util.ArrayList;
import java.util.List;

/** Maps one issue object of a Jira REST search response to a {@link TicketRecord}. */
final class JiraIssues {
    private JiraIssues() {}

    static TicketRecord map(JsonNode issue, String file, long number, RecordDates dates) {
        String key = JsonFields.required(issue, "key");
        JsonNode f = issue.path("fields");
        if (!f.isObject() && !f.isMissingNode() && !f.isNull()) {
            throw new BadInputException("issue " + key + ": expected an object 'fields', got " + f.getNodeType().name().toLowerCase());
        }
        // A search asked for few fields returns none; the issue is still a ticket, known by its key.
        String project = JsonFields.text(f, "project", "key");
        return new TicketRecord(
                key,
                JsonFields.text(f, "summary"),
                JsonFields.text(f, "status", "name"),
                JsonFields.text(f, "priority", "name"),
                JsonFields.text(f, "issuetype", "name"),
                JsonFields.text(f, "resolution", "name"),
                project.isEmpty() && key.contains("-") ? key.substring(0, key.lastIndexOf('-')) : project,
                dates.read(JsonFields.text(f, "created"), "created"),
                dates.read(JsonFields.text(f, "resolutiondate"), "resolved"),
                JsonFields.list(f, "components", "name"),
                JsonFields.list(f, "versions", "name"),
                JsonFields.list(f, "fixVersions", "name"),
                JsonFields.list(f, "labels", "name"),
                AdfText.of(f.path("description")),
                comments(f.path("comment").path("comments"), dates),
                JiraLinks.of(key, f.path("issuelinks")),
                file,
                number,
                dates.unparsed());
    }

    private static List<TicketComment> comments(JsonNode array, RecordDates dates) {
        List<TicketComment> out = new ArrayList<>();
        for (JsonNode c : array) {
            String author = JsonFields.text(c, "author", "displayName");
            out.add(new TicketComment(
                    author.isEmpty() ? JsonFields.text(c, "author", "name") : author,
                    dates.read(JsonFields.text(c, "created"), "comments[" + out.size() + "].created"),
                    AdfText.of(c.path("body"))));
        }
        return out;
    }
}
