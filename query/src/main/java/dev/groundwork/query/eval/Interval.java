package dev.groundwork.query.eval;

/** A point estimate with the bounds of its confidence interval. */
public record Interval(double estimate, double low, double high) {
    public Interval {
        if (!(low <= high)) {
            throw new IllegalArgumentException("an interval's low bound must not exceed its high bound, got " + low + " > " + high);
        }
    }
}
