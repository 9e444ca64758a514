package dev.groundwork.ingest.tickets;

import java.util.List;

/**
 * Which CSV header names feed which {@link TicketRecord} field. Each field lists candidate names; the first present in the
 * header is used. A name may head several columns (Jira repeats "Affects Version/s", "Component/s", "Comment"), and
 * list fields collect all of them, also splitting comma-separated values.
 *
 * <pre>{@code
 * CsvColumns columns = CsvColumns.jiraExport();   // fits Jira's export and GitBugs' bugs.csv
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

    /** The column names of Jira's CSV export; the key falls back to "Issue id" when there is no "Issue key" column. */
    public static CsvColumns jiraExport() {
        return new CsvColumns(
                List.of("Issue key", "Issue id"),
                List.of("Summary"),
                List.of("Status"),
                List.of("Priority"),
                List.of("Issue Type"),
                List.of("Resolution"),
                List.of("Project key", "Project name"),
                List.of("Created"),
                List.of("Resolved"),
                List.of("Component/s"),
                List.of("Affects Version/s"),
                List.of("Fix Version/s"),
                List.of("Labels"),
                List.of("Description"),
                List.of("Comment"));
    }
}
