package dev.groundwork.ingest.tickets;

import dev.groundwork.graph.BadInputException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Parses the date forms ticket sources use: ISO-8601, Jira REST's {@code +0000} offsets and Jira CSV's {@code 30/Sep/21 17:20}. */
final class TicketDates {
    private static final DateTimeFormatter JIRA_REST = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT);
    private static final List<DateTimeFormatter> JIRA_CSV = List.of(
            csv("dd/MMM/yy HH:mm"), csv("dd/MMM/yy h:mm a"), csv("yyyy-MM-dd HH:mm"), csv("yyyy-MM-dd HH:mm:ss"));

    private TicketDates() {}

    private static DateTimeFormatter csv(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    /** The instant {@code text} names, null for a blank text; {@code zone} applies to forms without an offset. */
    static Instant parse(String text, ZoneId zone, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        for (DateTimeFormatter offsetForm : List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME, JIRA_REST)) {
            try {
                return OffsetDateTime.parse(t, offsetForm).toInstant();
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        for (DateTimeFormatter localForm : JIRA_CSV) {
            try {
                return LocalDateTime.parse(t, localForm).atZone(zone).toInstant();
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        throw new BadInputException("field " + field + ": expected a date such as 2021-09-30T17:20:00Z or 30/Sep/21 17:20, got '" + t + "'");
    }
}
