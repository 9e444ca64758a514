package dev.groundwork.ingest.tickets;

import dev.groundwork.graph.BadInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** The state of one {@link TicketParser#parse} call: counters, keys seen so far and the error budget. */
final class ParseRun {
    private final ParseOptions options;
    private final Consumer<TicketRecord> consumer;
    private final Set<String> seenKeys = new HashSet<>();
    private final List<String> errors = new ArrayList<>();
    private long records;
    private long skipped;
    private long invalidUtf8;
    private long duplicates;
    private long emptyDescriptions;
    private long datesUnparsed;

    ParseRun(ParseOptions options, Consumer<TicketRecord> consumer) {
        this.options = options;
        this.consumer = consumer;
    }

    ParseOptions options() {
        return options;
    }

    /** A fresh reader for one record's dates, in the zone of dates that carry none. */
    RecordDates dates() {
        return new RecordDates(options.csvZone());
    }

    /** Hands a record on unless its key was seen before, in which case it only counts as a duplicate. */
    void accept(TicketRecord record) {
        if (!seenKeys.add(record.key())) {
            duplicates++;
            return;
        }
        if (record.description().isBlank()) {
            emptyDescriptions++;
        }
        datesUnparsed += record.unparsedDates().size();
        records++;
        consumer.accept(record);
    }

    /** Records a malformed record; throws once more than {@code maxErrors} have been seen. */
    void fail(String where, String problem) {
        fail(where + ": " + problem);
    }

    /** Like {@link #fail(String, String)} for a message that already names its place. */
    void fail(String message) {
        errors.add(message);
        skipped++;
        if (errors.size() > options.maxErrors()) {
            String budget = options.maxErrors() == 0 ? "" : " (more than maxErrors=" + options.maxErrors() + " errors; first: " + errors.get(0) + ")";
            throw new BadInputException(message + budget);
        }
    }

    /** Counts records that are not valid UTF-8 (each is also reported through {@link #fail}). */
    void countInvalidUtf8(long count) {
        invalidUtf8 += count;
    }

    ParseSummary summary() {
        return new ParseSummary(records, skipped, errors, invalidUtf8, duplicates, emptyDescriptions, datesUnparsed);
    }

    /** Where a record sits, as error messages name it. */
    static String where(String file, long record, long line) {
        return file + " record " + record + (line > 0 ? " (line " + line + ")" : "");
    }
}
