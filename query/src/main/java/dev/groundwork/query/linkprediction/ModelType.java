package dev.groundwork.query.linkprediction;

/** The scoring function of a link-prediction model: {@code TrainingConfig.builder().type(ModelType.COMPLEX)}. */
public enum ModelType {
    /** ComplEx: complex embeddings, handles asymmetric relations; rank counts complex components. */
    COMPLEX(new Interaction.ComplEx()),
    /** DistMult: real diagonal bilinear; symmetric in head and tail. */
    DISTMULT(new Interaction.DistMult());

    private final Interaction interaction;

    ModelType(Interaction interaction) {
        this.interaction = interaction;
    }

    Interaction interaction() {
        return interaction;
    }

    /**
     * The constant spelled {@code value}, ignoring case ({@code "complex"}).
     *
     * @throws dev.groundwork.graph.BadInputException naming the accepted spellings
     */
    public static ModelType of(String value) {
        return EnumNames.parse(ModelType.class, "model type", value);
    }
}
