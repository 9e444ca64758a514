package dev.groundwork.query.linkprediction;

/** The three parts of a link-prediction data set: {@code data.get(Split.TEST)}. */
public enum Split {
    TRAIN,
    VALID,
    TEST;

    /** The lower-case name used in file names ({@code train.txt}) and results ({@code "test"}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The spelling on the command line, the {@link #label()}, which help and shell completion show. */
    @Override
    public String toString() {
        return label();
    }

    /**
     * The constant spelled {@code value}, ignoring case ({@code "test"}).
     *
     * @throws dev.groundwork.graph.BadInputException naming the accepted spellings
     */
    public static Split of(String value) {
        return EnumNames.parse(Split.class, "split", value);
    }
}
