package dev.groundwork.ingest.tickets;

import java.util.List;

/**
 * Which CSV header names feed which {@link TicketRecord} field. Each field lists candidate names; the first present in the
 * header is used. A name may head several columns (Jira repeats "Affects Version/s", "Component/s", "Comment"), and
 * list fields collect all of them, also splitting comma-separated values.
 *
 * <pre>{@code
 * CsvColumns columns = CsvColumns.common();   // Jira's export, GitBugs' bugs.csv, Bugzilla, GitLab, Redmine ...
 * }</pre>
 */
public record CsvColumns(
        List<String> key,
        List<String> title,
        List<String> status,
        List<String> priority,
        List<String> type,
        List<String> resolution,
        List<String> project,
        List<String> created,
        List<String> resolved,
        List<String> components,
        List<String> versions,
        List<String> fixVersions,
        List<String> labels,
        List<String> description,
        List<String> comments) {
    public CsvColumns {
        if (key.isEmpty()) {
            throw new IllegalArgumentException("the CSV column mapping needs at least one candidate name for the key");
        }
        key = List.copyOf(key);
        title = List.copyOf(title);
        status = List.copyOf(status);
        priority = List.copyOf(priority);
        type = List.copyOf(type);
        resolution = List.copyOf(resolution);
        project = List.copyOf(project);
        created = List.copyOf(created);
        resolved = List.copyOf(resolved);
        components = List.copyOf(components);
        versions = List.copyOf(versions);
        fixVersions = List.copyOf(fixVersions);
        labels = List.copyOf(labels);
        description = List.copyOf(description);
        comments = List.copyOf(comments);
    }

    /**
     * The column names of the CSV exports of the common trackers, compared ignoring case: Jira's (and GitBugs' bugs.csv)
     * first, then Bugzilla's ({@code bug_id}, {@code short_desc}, {@code bug_status}, {@code opendate}), GitLab's
     * ({@code Issue ID}, {@code Title}, {@code Created At (UTC)}), Redmine's ({@code #}, {@code Subject}, {@code Tracker}),
     * MantisBT's ({@code Id}, {@code Date Submitted}, {@code Product Version}, {@code Fixed in Version}), YouTrack's and
     * Linear's. The key falls back from "Issue key" to the trackers' numeric ids.
     */
    public static CsvColumns common() {
        return new CsvColumns(
                List.of("Issue key", "Issue id", "Key", "bug_id", "Bug ID", "Issue_id", "ID", "#", "Number", "iid"),
                List.of("Summary", "Title", "short_desc", "Subject"),
                List.of("Status", "bug_status", "State"),
                List.of("Priority"),
                List.of("Issue Type", "Type", "Tracker", "Issue_type"),
                List.of("Resolution"),
                List.of("Project key", "Project name", "Project", "Product", "Team"),
                List.of("Created", "Created At (UTC)", "Created at", "Created date", "Date created", "opendate", "creation_ts",
                        "created_at", "Date Submitted", "Opened"),
                List.of("Resolved", "Closed At (UTC)", "Closed at", "Closed", "Completed", "Resolved date", "Resolution date",
                        "closed_at"),
                List.of("Component/s", "Components", "Component", "Category", "Subsystem"),
                List.of("Affects Version/s", "Affected versions", "Version", "Versions", "Product Version"),
                List.of("Fix Version/s", "Fix versions", "Target version", "target_milestone", "Milestone", "Fixed in Version"),
                List.of("Labels", "Keywords", "Tags"),
                List.of("Description", "Body"),
                List.of("Comment", "Comments"));
    }
}
