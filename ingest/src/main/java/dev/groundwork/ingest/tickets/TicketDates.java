package dev.groundwork.ingest.tickets;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one date parser of every ticket source (CSV, Jira JSON, GitHub JSON). Accepts ISO-8601 with {@code T} or a space
 * between date and time, with {@code Z}, {@code +00:00}, {@code +0000} or {@code +00} or no offset, with or without
 * fractions of a second (Jira REST's {@code 2021-09-30T17:20:00.000+0000} among them); a date alone; Jira CSV's
 * {@code 30/Sep/21 17:20} and {@code 30/Sep/21 5:20 PM}; RFC 1123; and epoch numbers, read as milliseconds from
 * 10<sup>11</sup> on and as seconds below (10<sup>11</sup> seconds is the year 5138, 10<sup>11</sup> ms is 1973). A form
 * without an offset is read in the given zone (UTC by default). Stateless and thread-safe.
 */
final class TicketDates {
    private static final long MILLIS_FROM = 100_000_000_000L;
    private static final Pattern EPOCH = Pattern.compile("-?\\d{9,14}(\\.\\d+)?");
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendLiteral(" UTC").optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMMss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final List<DateTimeFormatter> LOCAL = List.of(
            english("dd/MMM/yy HH:mm"), english("dd/MMM/yy h:mm a"), english("d/MMM/yy HH:mm"), english("d/MMM/yy h:mm a"),
            english("dd/MMM/yyyy HH:mm"), english("dd/MMM/yy HH:mm:ss"));

    private TicketDates() {}

    private static DateTimeFormatter english(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    /**
     * The instant {@code text} names; empty for a blank text and for a text in none of the accepted forms (the caller keeps
     * such a text as it is). {@code zone} applies to forms without an offset.
     */
    static Optional<Instant> parse(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        if (EPOCH.matcher(t).matches()) {
            double n = Double.parseDouble(t);
            return Optional.of(Math.abs(n) >= MILLIS_FROM ? Instant.ofEpochMilli((long) n)
                    : Instant.ofEpochSecond((long) Math.floor(n), Math.round((n - Math.floor(n)) * 1e9)));
        }
        try {
            TemporalAccessor parsed = ISO.parseBest(t, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
            return Optional.of(switch (parsed) {
                case OffsetDateTime o -> o.toInstant();
                case LocalDateTime l -> l.atZone(zone).toInstant();
                case LocalDate d -> d.atStartOfDay(zone).toInstant();
                default -> throw new DateTimeException("unexpected " + parsed);
            });
        } catch (DateTimeException notIso) {
            // try the other forms
        }
        try {
            return Optional.of(OffsetDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeException notRfc) {
            // try the other forms
        }
        for (DateTimeFormatter local : LOCAL) {
            try {
                return Optional.of(LocalDateTime.parse(t, local).atZone(zone).toInstant());
            } catch (DateTimeException notThisForm) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
