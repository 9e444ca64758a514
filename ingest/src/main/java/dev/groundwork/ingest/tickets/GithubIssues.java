package dev.groundwork.ingest.tickets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps one GitHub issue object to a {@link TicketRecord}: the REST API's shape ({@code created_at}, {@code user.login},
 * {@code repository_url}) and the GraphQL API's, which {@code gh issue list --json} prints ({@code createdAt},
 * {@code author.login}, {@code url}, connections as arrays or {@code {"nodes": [...]}}). Comments come from an embedded
 * {@code comments} array of comment objects; the API's plain comment count is ignored. The key is {@code owner/repo#number},
 * the repository taken from {@code repository_url}, {@code html_url} or {@code url}, or {@code #number} without one.
 */
final class GithubIssues {
    /** The repository in an API URL (…/repos/owner/repo…) or a web URL (https://github.com/owner/repo/issues/12). */
    private static final Pattern REPOSITORY =
            Pattern.compile("(?:/repos/|^https?://(?:www\\.)?github\\.com/)([\\w.-]+/[\\w.-]+)");

    private static final Pattern PULL_URL = Pattern.compile("^https?://(?:www\\.)?github\\.com/[^/]+/[^/]+/pull/");

    private GithubIssues() {}

    static String key(String repo, String number) {
        return repo.isEmpty() ? "#" + number : repo + "#" + number;
    }

    static TicketRecord map(JsonNode issue, String file, long number, RecordDates dates) {
        String repo = repository(JsonFields.firstText(issue, "repository_url", "html_url", "url"));
        String key = key(repo, JsonFields.required(issue, "number"));
        // REST's "comments" is a count; an export that embeds them gives an array or a GraphQL connection.
        JsonNode embedded = issue.path("comments").isNumber() ? MissingNode.getInstance() : JsonFields.array(issue, "comments");
        List<TicketComment> comments = comments(embedded, dates);
        List<String> texts = new ArrayList<>();
        texts.add(JsonFields.text(issue, "body"));
        comments.forEach(c -> texts.add(c.body()));
        String milestone = JsonFields.text(issue, "milestone", "title");
        return new TicketRecord(
                key,
                JsonFields.text(issue, "title"),
                JsonFields.text(issue, "state"),
                "",
                isPullRequest(issue) ? "Pull request" : "Issue",
                JsonFields.firstText(issue, "state_reason", "stateReason"),
                repo,
                dates.read(JsonFields.firstText(issue, "created_at", "createdAt"), "created"),
                dates.read(JsonFields.firstText(issue, "closed_at", "closedAt"), "resolved"),
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
        Matcher m = REPOSITORY.matcher(url);
        return m.find() ? m.group(1) : "";
    }

    /** REST marks a pull request with a {@code pull_request} object, GraphQL with {@code isPullRequest} or a /pull/ URL. */
    private static boolean isPullRequest(JsonNode issue) {
        return issue.has("pull_request") || issue.path("isPullRequest").asBoolean(false)
                || PULL_URL.matcher(JsonFields.firstText(issue, "html_url", "url")).find();
    }

    private static List<TicketComment> comments(JsonNode array, RecordDates dates) {
        List<TicketComment> out = new ArrayList<>();
        if (array.isArray()) {
            for (JsonNode c : array) {
                String author = JsonFields.text(c, "user", "login");
                out.add(new TicketComment(author.isEmpty() ? JsonFields.text(c, "author", "login") : author,
                        dates.read(JsonFields.firstText(c, "created_at", "createdAt"), "comments[" + out.size() + "].created"),
                        JsonFields.text(c, "body")));
            }
        }
        return out;
    }
}
