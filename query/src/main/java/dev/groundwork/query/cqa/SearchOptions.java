package dev.groundwork.query.cqa;

import dev.groundwork.graph.BadInputException;

/**
 * Settings of one CQD beam search.
 *
 * @param beam candidates kept per variable (the top-k entities of the sub-query it ranges over);
 *             a hop then scores {@code beam x entities} atoms
 * @param tnorm how atom scores combine
 * @param squash how a raw link-predictor score becomes a truth value in [0, 1]
 * @param calibrated whether the CQD-A calibration adapts every raw score first (needs one loaded)
 */
public record SearchOptions(int beam, TNorm tnorm, Squash squash, boolean calibrated) {
    /** Raw score to truth value. */
    public enum Squash {
        /** {@code 1 / (1 + exp(-s))}. */
        SIGMOID,
        /** Softmax over all entities divided by its maximum, {@code exp(s - max s)} (the best entity gets 1). */
        SOFTMAX,
        /** Min-max over all entities, {@code (s - min s) / (max s - min s)}: the best entity gets 1, the worst 0 (CQD's "normalize"). */
        MINMAX;

        /** The command-line spelling: {@code sigmoid}, {@code softmax} or {@code minmax}. */
        public static Squash of(String name) {
            return switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "sigmoid" -> SIGMOID;
                case "softmax" -> SOFTMAX;
                case "minmax" -> MINMAX;
                default -> throw new BadInputException("squash must be sigmoid, softmax or minmax, got '" + name + "'");
            };
        }
    }

    public SearchOptions {
        if (beam <= 0) {
            throw new BadInputException("beam must be positive, got " + beam);
        }
        if (tnorm == null || squash == null) {
            throw new BadInputException("tnorm and squash must be given");
        }
    }

    /** Defaults: beam 16, product t-norm, sigmoid, not calibrated. */
    public static SearchOptions defaults() {
        return new SearchOptions(16, TNorm.PRODUCT, Squash.SIGMOID, false);
    }

    public SearchOptions withBeam(int k) {
        return new SearchOptions(k, tnorm, squash, calibrated);
    }

    /** These settings with CQD-A on or off; on means sigmoid squashing, which the calibration layer is trained for. */
    public SearchOptions withCalibrated(boolean on) {
        return new SearchOptions(beam, tnorm, on ? Squash.SIGMOID : squash, on);
    }
}
