package dev.groundwork.ingest.tickets;

import java.util.List;

/**
 * What a parse did: {@code records} handed to the consumer, {@code skipped} malformed records, the {@code errors}' messages
 * (file, record, line and what was expected), {@code invalidUtf8} of the skipped records that were not valid UTF-8, {@code duplicates}
 * records dropped because their key had been seen (the first wins), {@code emptyDescriptions} among the records
 * and {@code datesUnparsed}, dates in no accepted form (kept as text, the record read on).
 */
public record ParseSummary(long records, long skipped, List<String> errors, long invalidUtf8, long duplicates, long emptyDescriptions, long datesUnparsed) {
    public ParseSummary {
        errors = List.copyOf(errors);
    }
}
