package dev.groundwork.ingest.tickets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.file.Utf8Lines;
import dev.groundwork.graph.file.Utf8Reader;
import java.io.IOException;
import java.util.Optional;

/**
 * Streams JSON records to a mapper one at a time, so a file larger than memory can be read: the objects of an array
 * (optionally the array under a top-level field, like Jira's {@code issues}), or one object per line. A record the mapper
 * rejects is reported and skipped; a syntax error inside an array ends that file, because the parser cannot find the next
 * record after it, while in one-per-line input only the bad line is lost. A record that is not valid UTF-8 is a malformed
 * record named by file, line and byte offset ({@link Utf8Reader}, {@link Utf8Lines}).
 */
final class JsonRecordStream {
    /** Maps one JSON object to a ticket, or throws a {@link BadInputException} saying what was expected. */
    interface Mapper {
        TicketRecord map(JsonNode record, String file, long number, RecordDates dates);
    }

    // Jackson refuses strings over 20M characters by default; a ticket's attached log must be kept whole.
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build());

    private final String file;
    private final ParseRun run;
    private final Mapper mapper;
    private long number;
    /** The character offset after the last record read from an array (before the first: 0). */
    private long lastEnd;

    JsonRecordStream(String file, ParseRun run, Mapper mapper) {
        this.file = file;
        this.run = run;
        this.mapper = mapper;
    }

    /**
     * Reads the array at the top level or, when the top level is an object, the array in its field {@code arrayField}.
     * A line that is not valid UTF-8 and touches no record (in the object around the array, between two records or
     * after the array) is a malformed record of its own, named by file, line and byte offset.
     */
    void readArray(Utf8Reader in, String arrayField) throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_OBJECT && seekField(p, arrayField) || first == JsonToken.START_ARRAY) {
                readElements(p, in);
            } else {
                run.fail(file, "expected a JSON array or an object with an array field '" + arrayField + "'");
            }
            in.skipToEnd();
            outsideRecords(in, lastEnd, Long.MAX_VALUE);
        } catch (JsonProcessingException e) {
            // Invalid bytes, passed on as U+FFFD, are often what broke the syntax: then they are the error to name.
            long at = e.getLocation() == null || e.getLocation().getCharOffset() < 0 ? Long.MAX_VALUE : e.getLocation().getCharOffset() + 1;
            Optional<Utf8Reader.Malformed> cause = in.malformedIn(lastEnd, at);
            if (cause.isPresent()) {
                run.countInvalidUtf8(1);
                run.fail(ParseRun.where(file, number + 1, cause.get().line()), cause.get().problem() + " (the rest of the file is skipped)");
            } else {
                run.fail(ParseRun.where(file, number + 1, e.getLocation() == null ? 0 : e.getLocation().getLineNr()),
                        "expected valid JSON (the rest of the file is skipped), got: " + e.getOriginalMessage());
            }
        }
    }

    /** Reports each malformed line wholly within {@code [from, to)}: no record's check sees it. */
    private void outsideRecords(Utf8Reader in, long from, long to) {
        for (Utf8Reader.Malformed m : in.takeMalformedWithin(from, to)) {
            run.countInvalidUtf8(1);
            run.fail(file + " line " + m.line(), m.problem() + ", outside any record");
        }
    }

    private static boolean seekField(JsonParser p, String name) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            JsonToken value = p.nextToken();
            if (p.currentName().equals(name) && value == JsonToken.START_ARRAY) {
                return true;
            }
            p.skipChildren();
        }
        return false;
    }

    private void readElements(JsonParser p, Utf8Reader in) throws IOException {
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
            long line = p.currentTokenLocation().getLineNr();
            long from = p.currentTokenLocation().getCharOffset();
            outsideRecords(in, lastEnd, from);
            JsonNode record = JSON.readTree(p);
            lastEnd = p.currentLocation().getCharOffset();
            Optional<Utf8Reader.Malformed> bad = in.malformedIn(from, lastEnd);
            if (bad.isPresent()) {
                run.countInvalidUtf8(1);
                run.fail(ParseRun.where(file, ++number, bad.get().line()), bad.get().problem());
            } else {
                map(record, line);
            }
        }
    }

    /** Reads one JSON object per line; blank lines are skipped. */
    void readLines(Utf8Lines in) throws IOException {
        for (Utf8Lines.Line l = in.next(); l != null; l = in.next()) {
            long line = l.number();
            if (l.malformed()) {
                run.countInvalidUtf8(1);
                run.fail(ParseRun.where(file, ++number, line), l.problem());
                continue;
            }
            String text = l.text();
            if (text.isBlank()) {
                continue;
            }
            try {
                map(JSON.readTree(text), line);
            } catch (JsonProcessingException e) {
                run.fail(ParseRun.where(file, ++number, line), "expected one JSON object on the line, got: " + e.getOriginalMessage());
            }
        }
    }

    private void map(JsonNode record, long line) {
        number++;
        TicketRecord ticket;
        try {
            if (!record.isObject()) {
                throw new BadInputException("expected a JSON object, got " + record.getNodeType().name().toLowerCase());
            }
            // JSON dates without an offset are UTC, as both APIs document.
            ticket = mapper.map(record, file, number, new RecordDates(java.time.ZoneOffset.UTC));
        } catch (BadInputException | IllegalArgumentException e) {
            run.fail(ParseRun.where(file, number, line), e.getMessage());
            return;
        }
        run.accept(ticket);
    }
}
