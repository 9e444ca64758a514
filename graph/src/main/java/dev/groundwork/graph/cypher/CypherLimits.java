package dev.groundwork.graph.cypher;

import dev.groundwork.graph.BadInputException;

import java.time.Duration;

/**
 * The bounds on Cypher that a person or a model wrote: at most {@code maxRows} rows come back (the
 * result says {@code truncated} beyond them), and the transaction is stopped by the database after
 * {@code timeout}. Groundwork's own queries are not bound by these. Settings:
 * {@code groundwork.cypher.max-rows} and {@code groundwork.cypher.timeout}.
 *
 * <pre>{@code
 * CypherLimits limits = CypherLimits.DEFAULT.withMaxRows(100);
 * }</pre>
 *
 * @param maxRows the most rows returned, at least 1
 * @param timeout the longest a query's transaction may run, positive
 */
public record CypherLimits(int maxRows, Duration timeout) {
    /** 10,000 rows, 30 seconds. */
    public static final CypherLimits DEFAULT = new CypherLimits(10_000, Duration.ofSeconds(30));

    public CypherLimits {
        if (maxRows < 1) {
            throw new BadInputException("groundwork.cypher.max-rows must be at least 1, got " + maxRows);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new BadInputException("groundwork.cypher.timeout must be a positive duration, got " + timeout);
        }
    }

    /**
     * The limits from their settings' text.
     *
     * @param timeout e.g. {@code 30s}, {@code 500ms}, {@code 2m}, or ISO-8601 ({@code PT30S})
     * @throws BadInputException naming the setting when a value is out of range or not a duration
     */
    public static CypherLimits of(int maxRows, String timeout) {
        String t = timeout == null ? "" : timeout.strip().toLowerCase(java.util.Locale.ROOT);
        Duration parsed;
        try {
            if (t.startsWith("p")) {
                parsed = Duration.parse(t.toUpperCase(java.util.Locale.ROOT));
            } else if (t.endsWith("ms")) {
                parsed = Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            } else if (t.endsWith("s") || t.endsWith("m")) {
                long n = Long.parseLong(t.substring(0, t.length() - 1));
                parsed = t.endsWith("s") ? Duration.ofSeconds(n) : Duration.ofMinutes(n);
            } else {
                throw new NumberFormatException(t);
            }
        } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
            throw new BadInputException("groundwork.cypher.timeout must be a duration such as 30s, 500ms or 2m, got '"
                    + timeout + "'", e);
        }
        return new CypherLimits(maxRows, parsed);
    }

    public CypherLimits withMaxRows(int maxRows) {
        return new CypherLimits(maxRows, timeout);
    }

    public CypherLimits withTimeout(Duration timeout) {
        return new CypherLimits(maxRows, timeout);
    }
}
