package dev.groundwork.ingest.tickets;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dates of one record as they are read through {@link TicketDates}: a date in no accepted form is metadata, not a key,
 * so it reads as null and its raw text is kept under the field's name (see {@link TicketRecord#unparsedDates()}). One per
 * record, not thread-safe.
 */
final class RecordDates {
    private final ZoneId zone;
    private final Map<String, String> unparsed = new LinkedHashMap<>();

    RecordDates(ZoneId zone) {
        this.zone = zone;
    }

    /** The instant of {@code text}, null when blank or unparseable (then kept as {@code field}'s raw text). */
    Instant read(String text, String field) {
        Instant parsed = TicketDates.parse(text, zone).orElse(null);
        if (parsed == null && text != null && !text.isBlank()) {
            unparsed.put(field, text.strip());
        }
        return parsed;
    }

    Map<String, String> unparsed() {
        return unparsed;
    }
}
