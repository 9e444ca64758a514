package dev.groundwork.ingest.tickets;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One ticket as read from any {@link TicketFormat}. Text fields absent from the source are empty strings, dates absent are
 * null, lists absent are empty. {@code sourceFile} and {@code recordNumber} (1-based within the file) say where it came
 * from, so that later stages can cite it. {@code unparsedDates} holds the raw text of each date in no accepted form, by
 * field ({@code created}, {@code resolved}, {@code comments[N].created}); that date itself is null.
 */
public record TicketRecord(
        String key,
        String title,
        String status,
        String priority,
        String type,
        String resolution,
        String project,
        Instant created,
        Instant resolved,
        List<String> components,
        List<String> versions,
        List<String> fixVersions,
        List<String> labels,
        String description,
        List<TicketComment> comments,
        List<TicketLink> links,
        String sourceFile,
        long recordNumber,
        Map<String, String> unparsedDates) {
    public TicketRecord {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a ticket needs a key");
        }
        title = Objects.requireNonNullElse(title, "");
        status = Objects.requireNonNullElse(status, "");
        priority = Objects.requireNonNullElse(priority, "");
        type = Objects.requireNonNullElse(type, "");
        resolution = Objects.requireNonNullElse(resolution, "");
        project = Objects.requireNonNullElse(project, "");
        components = List.copyOf(components);
        versions = List.copyOf(versions);
        fixVersions = List.copyOf(fixVersions);
        labels = List.copyOf(labels);
        description = Objects.requireNonNullElse(description, "");
        comments = List.copyOf(comments);
        links = List.copyOf(links);
        unparsedDates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(Objects.requireNonNullElse(unparsedDates, Map.of())));
    }

    /** A record whose dates all parsed. */
    public TicketRecord(String key, String title, String status, String priority, String type, String resolution,
                        String project, Instant created, Instant resolved, List<String> components, List<String> versions,
                        List<String> fixVersions, List<String> labels, String description, List<TicketComment> comments,
                        List<TicketLink> links, String sourceFile, long recordNumber) {
        this(key, title, status, priority, type, resolution, project, created, resolved, components, versions, fixVersions,
                labels, description, comments, links, sourceFile, recordNumber, Map.of());
    }
}
