package dev.groundwork.query.linkprediction;

import java.util.Locale;

/** The scoring function of a link-prediction model: {@code TrainingConfig.builder().type(ModelType.COMPLEX)}. */
public enum ModelType {
    /** ComplEx: complex embeddings, handles asymmetric relations; rank counts complex components. */
    COMPLEX(new Interaction.ComplEx(), Similarity.DOT),
    /** DistMult: real diagonal bilinear; symmetric in head and tail. */
    DISTMULT(new Interaction.DistMult(), Similarity.DOT),
    /** TransE with the L1 distance: {@code gamma - ||h + r - t||_1} (DGL-KE's {@code TransE_l1}); imported models only. */
    TRANSE_L1(new Interaction.Translation(), Similarity.L1),
    /** TransE with the L2 distance: {@code gamma - ||h + r - t||_2} (DGL-KE's {@code TransE_l2} and {@code TransE}); imported models only. */
    TRANSE_L2(new Interaction.Translation(), Similarity.L2);

    /** How a query vector {@code q(h, r)} meets a tail embedding: a dot product, or a margin minus a distance. */
    enum Similarity { DOT, L1, L2 }

    private final Interaction interaction;
    private final Similarity similarity;

    ModelType(Interaction interaction, Similarity similarity) {
        this.interaction = interaction;
        this.similarity = similarity;
    }

    Interaction interaction() {
        return interaction;
    }

    Similarity similarity() {
        return similarity;
    }

    /** True for the distance models (TransE), whose score is {@code gamma - distance} and which Groundwork does not train. */
    public boolean isDistance() {
        return similarity != Similarity.DOT;
    }

    /**
     * The constant spelled {@code value}, ignoring case ({@code "complex"}, {@code "transe_l1"});
     * {@code "transe"} is {@link #TRANSE_L2}, as in DGL-KE, whose {@code TransE} is {@code TransE_l2}.
     *
     * @throws dev.groundwork.graph.BadInputException naming the accepted spellings
     */
    public static ModelType of(String value) {
        if (value != null && value.toLowerCase(Locale.ROOT).equals("transe")) {
            return TRANSE_L2;
        }
        return EnumNames.parse(ModelType.class, "model type", value);
    }
}
