package dev.groundwork.query.linkprediction;

/** The three parts of a link-prediction data set: {@code data.get(Split.TEST)}. */
public enum Split {
    TRAIN("train"),
    VALID("valid"),
    TEST("test");

    private final String label;

    Split(String label) {
        this.label = label;
    }

    /** The lower-case name used in file names ({@code train.txt}) and results ({@code "test"}). */
    public String label() {
        return label;
    }

    /** The spelling on the command line, lower case ({@code test}), which help and shell completion show. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
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
