package dev.groundwork.graph.tickets;

/**
 * What a part of a ticket is about: the `kind` property of a `Section` node, written by the ticket
 * ingestor and read by ticket retrieval. Lives in graph so that ingest and query share one
 * spelling. Immutable, thread-safe.
 */
public enum SectionKind {
    /** The ticket's title. */
    SUMMARY,
    /** Structured fields (type, status, priority, resolution, components, versions, labels) as "Name: value" lines. */
    FIELDS,
    /** The description's prose before its first heading; the root of the description's sections. */
    DESCRIPTION,
    STEPS_TO_REPRODUCE,
    EXPECTED,
    ACTUAL,
    STACK_TRACE,
    /** Log lines (a timestamp or a level such as ERROR or WARN at the start), two or more together, outside stack traces. */
    LOG,
    ROOT_CAUSE,
    RESOLUTION,
    ENVIRONMENT,
    /** A code or preformatted block that is not a stack trace. */
    CODE,
    /** One comment's prose; the root of that comment's sections. */
    COMMENT,
    /** Text under a heading that names none of the kinds above; the heading is the section's title. */
    OTHER
}
