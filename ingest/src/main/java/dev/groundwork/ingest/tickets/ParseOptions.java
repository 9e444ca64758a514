package dev.groundwork.ingest.tickets;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link TicketParser} reads: how many malformed records to skip before giving up ({@code maxErrors}, 0 stops at the
 * first), the time zone of CSV dates that carry none, the CSV column mapping and an optional CSV of duplicate links
 * ({@code Issue id, Duplicate id}, the second column may hold several comma-separated ids).
 *
 * <pre>{@code
 * ParseOptions options = ParseOptions.defaults().withMaxErrors(10).withCsvLinks(Path.of("duplicates.csv"));
 * }</pre>
 */
public record ParseOptions(int maxErrors, ZoneId csvZone, CsvColumns csvColumns, Optional<Path> csvLinks) {
    public ParseOptions {
        if (maxErrors < 0) {
            throw new IllegalArgumentException("maxErrors must be 0 or more, got " + maxErrors);
        }
        Objects.requireNonNull(csvZone, "csvZone");
        Objects.requireNonNull(csvColumns, "csvColumns");
        Objects.requireNonNull(csvLinks, "csvLinks");
    }

    /** Stop at the first error, UTC, the common trackers' CSV columns ({@link CsvColumns#common()}), no links file. */
    public static ParseOptions defaults() {
        return new ParseOptions(0, ZoneId.of("UTC"), CsvColumns.common(), Optional.empty());
    }

    public ParseOptions withMaxErrors(int max) {
        return new ParseOptions(max, csvZone, csvColumns, csvLinks);
    }

    public ParseOptions withCsvZone(ZoneId zone) {
        return new ParseOptions(maxErrors, zone, csvColumns, csvLinks);
    }

    public ParseOptions withCsvColumns(CsvColumns columns) {
        return new ParseOptions(maxErrors, csvZone, columns, csvLinks);
    }

    public ParseOptions withCsvLinks(Path links) {
        return new ParseOptions(maxErrors, csvZone, csvColumns, Optional.of(links));
    }
}
