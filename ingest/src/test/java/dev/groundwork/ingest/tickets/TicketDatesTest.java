package dev.groundwork.ingest.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TicketDatesTest {
    private static final Instant SEP_30_17_20 = Instant.parse("2021-09-30T17:20:00Z");

    @ParameterizedTest
    @ValueSource(strings = {
            "2021-09-30T17:20:00Z",
            "2021-09-30 17:20:00Z",
            "2021-09-30T17:20:00+00:00",
            "2021-09-30 17:20:00+00:00",
            "2021-09-30T17:20:00+0000",
            "2021-09-30 17:20:00 +0000",
            "2021-09-30T17:20:00+00",
            "2021-09-30T17:20:00.000Z",
            "2021-09-30T17:20:00.000000+00:00",
            "2021-09-30T17:20:00.000+0000",
            "2021-09-30T19:20:00+02:00",
            "2021-09-30T12:20:00-0500",
            "2021-09-30T17:20:00",
            "2021-09-30 17:20:00",
            "2021-09-30T17:20",
            "2021-09-30 17:20",
            "2021-09-30 17:20:00 UTC",
            "30/Sep/21 17:20",
            "30/sep/21 5:20 PM",
            "Thu, 30 Sep 2021 17:20:00 GMT",
            "1633022400",
            "1633022400000",
            "  2021-09-30T17:20:00Z  "})
    void everyAcceptedFormNamesTheSameInstant(String text) {
        assertThat(TicketDates.parse(text, ZoneOffset.UTC)).contains(SEP_30_17_20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-09-30", "1632960000", "1632960000000", "2021-09-30T00:00:00.000+0000"})
    void aDateAloneIsMidnightUtc(String text) {
        assertThat(TicketDates.parse(text, ZoneOffset.UTC)).contains(Instant.parse("2021-09-30T00:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sometime", "yesterday", "2021-13-45", "30/Foo/21 17:20", "12", "2021-09-30T17:20:00+25:00"})
    void aTextInNoKnownFormIsNoInstant(String text) {
        assertThat(TicketDates.parse(text, ZoneOffset.UTC)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankTextIsNoInstant(String text) {
        assertThat(TicketDates.parse(text, ZoneOffset.UTC)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-09-30 19:20", "30/Sep/21 19:20"})
    void aFormWithoutOffsetIsReadInTheGivenZone(String text) {
        assertThat(TicketDates.parse(text, ZoneId.of("Europe/Berlin"))).contains(SEP_30_17_20);
    }
}
