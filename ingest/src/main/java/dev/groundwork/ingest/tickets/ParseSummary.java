package dev.groundwork.ingest.tickets;

import java.util.List;

/**
 * What a parse did: {@code records} handed to the consumer, {@code skipped} malformed records, the {@code errors}' messages
 * (file, record, line and what was expected), {@code invalidUtf8} byte sequences replaced by U+FFFD, {@code duplicates}
 * records dropped because their key had been seen (the first wins), and {@code emptyDescriptions} among the records.
 */
public record ParseSummary(long records, long skipped, List<String> errors, long invalidUtf8, long duplicates, long emptyDescriptions) {
    public ParseSummary {
        errors = List.copyOf(errors);
    }
}
