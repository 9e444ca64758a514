package dev.groundwork.query.linkprediction;

/** The optimiser that updates embeddings from their gradients: {@code TrainingConfig.builder().optimizer(OptimizerType.ADAM)}. */
public enum OptimizerType {
    /** Adagrad, as in Lacroix et al. 2018; a learning rate about 0.1. */
    ADAGRAD,
    /** Adam (beta1 0.9, beta2 0.999); a learning rate about 0.001 to 0.01. */
    ADAM;

    /**
     * The constant spelled {@code value}, ignoring case ({@code "adam"}).
     *
     * @throws dev.groundwork.graph.BadInputException naming the accepted spellings
     */
    public static OptimizerType of(String value) {
        return EnumNames.parse(OptimizerType.class, "optimizer", value);
    }

    /** The spelling on the command line, lower case ({@code adam}), which help and shell completion show. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
