package dev.groundwork.ingest.tickets;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps one GitHub REST issue object to a {@link TicketRecord}. Comments come from an embedded {@code comments} array of
 * comment objects ({@code user.login}, {@code body}, {@code created_at}); the API's plain comment count is ignored. The key
 * is {@code owner/repo#number}, the repository taken from {@code repository_url}, or {@code #number} without one.
 */
final class GithubIssues {
    private static final String REPOS = "/repos/";

    private GithubIssues() {}

    static String key(String repo, String number) {
        return repo.isEmpty() ? "#" + number : repo + "#" + number;
    }

    static TicketRecord map(JsonNode issue, String file, long number, RecordDates dates) {
        String repo = repository(JsonFields.text(issue, "repository_url"));
        String key = key(repo, JsonFields.required(issue, "number"));
        List<TicketComment> comments = comments(issue.path("comments"), dates);
        List<String> texts = new ArrayList<>();
        texts.add(JsonFields.text(issue, "body"));
        comments.forEach(c -> texts.add(c.body()));
        String milestone = JsonFields.text(issue, "milestone", "title");
        return new TicketRecord(
                key,
                JsonFields.text(issue, "title"),
                JsonFields.text(issue, "state"),
                "",
                issue.has("pull_request") ? "Pull request" : "Issue",
                JsonFields.text(issue, "state_reason"),
                repo,
                dates.read(JsonFields.text(issue, "created_at"), "created"),
                dates.read(JsonFields.text(issue, "closed_at"), "resolved"),
                List.of(),
                List.of(),
                milestone.isEmpty() ? List.of() : List.of(milestone),
                JsonFields.list(issue, "labels", "name"),
                texts.get(0),
                comments,
                GithubReferences.find(key, repo, texts),
                file,
                number,
                dates.unparsed());
    }

    private static String repository(String url) {
        int at = url.indexOf(REPOS);
        return at < 0 ? "" : url.substring(at + REPOS.length());
    }

    private static List<TicketComment> comments(JsonNode array, RecordDates dates) {
        List<TicketComment> out = new ArrayList<>();
        if (array.isArray()) {
            for (JsonNode c : array) {
                out.add(new TicketComment(JsonFields.text(c, "user", "login"),
                        dates.read(JsonFields.text(c, "created_at"), "comments[" + out.size() + "].created"), JsonFields.text(c, "body")));
            }
        }
        return out;
    }
}
