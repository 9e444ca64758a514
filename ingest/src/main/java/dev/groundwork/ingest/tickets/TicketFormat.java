package dev.groundwork.ingest.tickets;

/** The input formats {@link TicketParser} reads. */
public enum TicketFormat {
    /** Jira REST search responses: {@code {"issues": [...]}}, one file per page; descriptions as text or Atlassian Document Format. */
    JIRA,
    /** GitHub issue objects, REST or GraphQL ({@code gh issue list --json}) field names, as one JSON array or one object per line, each with an embedded {@code comments} array. */
    GITHUB,
    /** A tracker's CSV export (RFC 4180; Jira, Bugzilla, GitLab ...), columns mapped by {@link CsvColumns}, with an optional duplicate-links CSV. */
    CSV
}
