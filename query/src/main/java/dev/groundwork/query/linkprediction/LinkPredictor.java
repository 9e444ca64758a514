package dev.groundwork.query.linkprediction;

import dev.groundwork.graph.BadInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A trained neural link predictor (ComplEx or DistMult with reciprocal relations, Lacroix et al.
 * 2018; TransE for embeddings trained elsewhere, {@link #fromEmbeddings}): trains on string triples, answers {@code (h, r, ?)} and {@code (?, r, t)} with the top-k
 * entities, scores a triple with a calibrated probability, evaluates with the filtered ranking
 * protocol, and saves to / loads from a versioned binary model file.
 *
 * <p>Immutable and thread-safe once built: any number of threads may query one instance. It holds
 * the embeddings on the heap (entities x width floats); drop the reference to free them. Names the
 * model was not trained on are rejected with a {@link BadInputException}, never scored.
 *
 * <pre>{@code
 * TripleSplits data = TripleSplits.readDirectory(Path.of("data/umls"));
 * LinkPredictor model = LinkPredictor.train(data, TrainingConfig.builder().rank(200).epochs(50).build(),
 *         report -> System.out.println(report));
 * model.save(Path.of("umls.model"));
 * LinkPredictor loaded = LinkPredictor.load(Path.of("umls.model"));
 * List<Prediction> tails = loaded.topTails("alga", "isa", 10);
 * EvaluationResult test = loaded.evaluate(data, Split.TEST);
 * }</pre>
 */
public final class LinkPredictor {
    private final Vocabularies vocabularies;
    private final Embeddings model;
    private final Calibration calibration;

    private LinkPredictor(Vocabularies vocabularies, Embeddings model, Calibration calibration) {
        this.vocabularies = vocabularies;
        this.model = model;
        this.calibration = calibration;
    }

    /** Trains without progress reports; see {@link #train(TripleSplits, TrainingConfig, Consumer)}. */
    public static LinkPredictor train(TripleSplits data, TrainingConfig config) {
        return train(data, config, report -> { });
    }

    /**
     * Trains on {@code data.train()}, validates on {@code data.valid()} and keeps the parameters with
     * the best valid MRR (the last ones if validation never ran). Vocabularies come from all three
     * splits; {@code progress} is called on the calling thread after every epoch.
     *
     * @throws BadInputException if there are no training triples
     */
    public static LinkPredictor train(TripleSplits data, TrainingConfig config, Consumer<EpochReport> progress) {
        if (data.train().isEmpty()) {
            throw new BadInputException("train triples must not be empty; got 0 triples");
        }
        Vocabularies vocabularies = Vocabularies.of(data);
        IndexedTriples train = vocabularies.index(data.train());
        IndexedTriples valid = vocabularies.index(data.valid());
        KnownAnswers known = KnownAnswers.of(vocabularies.relations().size(), train, valid, vocabularies.index(data.test()));
        Embeddings trained = new Trainer(config, vocabularies, train, valid, known, progress).run();
        Calibration calibration = Calibration.fit(trained, valid.size() > 0 ? valid : train, known, config.seed());
        return new LinkPredictor(vocabularies, trained, calibration);
    }

    /**
     * Loads a model file written by {@link #save(Path)}; the file is memory-mapped and its tables
     * copied to the heap.
     *
     * @throws dev.groundwork.graph.NotFoundException if the file does not exist
     * @throws BadInputException if it is not a model file, has another format version or is truncated
     */
    public static LinkPredictor load(Path file) {
        ModelFile.Contents contents = ModelFile.read(file);
        return new LinkPredictor(contents.vocabularies(), contents.embeddings(), contents.calibration());
    }

    /**
     * A model from embeddings trained elsewhere (DGL-KE, PyTorch-BigGraph, PyKEEN ...): one row of
     * {@code width} floats per entity and per relation, in the layout of {@code type} (ComplEx: the
     * real parts, then the imaginary parts). Such a model has no reciprocal relations, so each is
     * derived exactly ({@link Interaction#reciprocal}): head prediction then scores {@code (h, r, t)}
     * itself. Probabilities are the plain logistic of the score (no calibration data).
     *
     * @param gamma the margin of a TransE model ({@code score = gamma - ||h + r - t||_p}, DGL-KE's
     *     {@code gamma}); must be 0 for ComplEx and DistMult
     * @throws BadInputException if a table's size does not match its names and the width, the width
     *     does not fit the type, gamma is not finite or given for a bilinear model, or a name occurs twice
     */
    public static LinkPredictor fromEmbeddings(ModelType type, float gamma, int width, List<String> entityNames, float[] entityTable,
            List<String> relationNames, float[] relationTable) {
        if (!Float.isFinite(gamma) || (!type.isDistance() && gamma != 0f)) {
            throw new BadInputException("gamma must be a finite number, and 0 for " + type.name().toLowerCase(java.util.Locale.ROOT)
                    + " (only TransE has a margin), got " + gamma);
        }
        Interaction interaction = type.interaction();
        if (width <= 0 || width % interaction.width(1) != 0) {
            throw new BadInputException("embedding width must be a positive multiple of " + interaction.width(1) + " for "
                    + type.name().toLowerCase(java.util.Locale.ROOT) + ", got " + width);
        }
        if (entityTable.length != (long) entityNames.size() * width) {
            throw new BadInputException("entity table holds " + entityTable.length + " floats; expected " + entityNames.size()
                    + " entities x width " + width + " = " + (long) entityNames.size() * width);
        }
        if (relationTable.length != (long) relationNames.size() * width) {
            throw new BadInputException("relation table holds " + relationTable.length + " floats; expected " + relationNames.size()
                    + " relations x width " + width + " = " + (long) relationNames.size() * width);
        }
        int relations = relationNames.size();
        float[] slots = java.util.Arrays.copyOf(relationTable, 2 * relations * width);
        for (int r = 0; r < relations; r++) {
            interaction.reciprocal(relationTable, r * width, slots, (relations + r) * width, width);
        }
        int rank = width / interaction.width(1);
        Vocabularies vocabularies = new Vocabularies(new Vocabulary(entityNames), new Vocabulary(relationNames));
        return new LinkPredictor(vocabularies, new Embeddings(type, rank, entityNames.size(), relations, entityTable.clone(), slots, gamma),
                Calibration.IDENTITY);
    }

    /** Writes the model file atomically (a temporary file, then a rename). */
    public void save(Path file) {
        ModelFile.write(file, new ModelFile.Contents(vocabularies, model, calibration));
    }

    /** The {@code k} most likely tails of {@code (head, relation, ?)}, best first. */
    public List<Prediction> topTails(String head, String relation, int k) {
        return top(vocabularies.entity(head), vocabularies.relation(relation), k);
    }

    /** The {@code k} most likely heads of {@code (?, relation, tail)}, best first, through the reciprocal relation. */
    public List<Prediction> topHeads(String relation, String tail, int k) {
        return top(vocabularies.entity(tail), vocabularies.relation(relation) + model.relationCount(), k);
    }

    /** The raw score of {@code (head, relation, tail)} and its calibrated probability. */
    public TripleScore score(String head, String relation, String tail) {
        float score = ModelMath.score(model, vocabularies.entity(head), vocabularies.relation(relation), vocabularies.entity(tail));
        return new TripleScore(score, calibration.probability(score));
    }

    /**
     * The calibrated probability of a raw score of this model, as {@link #score} gives it; applies
     * to the scores of {@link #topTails} and {@link #topHeads} alike (the calibration was fitted on
     * both directions).
     */
    public double probability(float score) {
        return calibration.probability(score);
    }

    /** The entity names (the graph's node keys) the model was trained on, in id order; unmodifiable. */
    public List<String> entities() {
        return vocabularies.entities().names();
    }

    /** The relation names the model was trained on, in id order; unmodifiable. */
    public List<String> relations() {
        return vocabularies.relations().names();
    }

    /**
     * Filtered MRR and Hits@1/3/10 of one split of {@code data}, filtering with all three splits;
     * uses every available core.
     *
     * @throws BadInputException if a triple names an entity or relation the model does not know
     */
    public EvaluationResult evaluate(TripleSplits data, Split split) {
        IndexedTriples[] indexed = new IndexedTriples[Split.values().length];
        for (Split each : Split.values()) {
            indexed[each.ordinal()] = vocabularies.index(data.get(each));
        }
        KnownAnswers known = KnownAnswers.of(model.relationCount(), indexed);
        try (Parallel parallel = new Parallel(Runtime.getRuntime().availableProcessors())) {
            return Ranker.evaluate(parallel, model, indexed[split.ordinal()], known, split.label());
        }
    }

    public ModelType type() {
        return model.type();
    }

    public int rank() {
        return model.rank();
    }

    /** The margin of a TransE model ({@code score = gamma - ||h + r - t||_p}); 0 for ComplEx and DistMult. */
    public float gamma() {
        return model.gamma();
    }

    public int entityCount() {
        return model.entityCount();
    }

    public int relationCount() {
        return model.relationCount();
    }

    // Id-level access for complex query answering (dev.groundwork.query.cqa), which scores whole
    // beams of (entity, relation) pairs against every entity at once. Ids are dense from 0; a
    // relation slot is a relation id r for (h, r, ?) and r + relationCount() for its reciprocal (?, r, t).

    /** The id of an entity name. @throws BadInputException naming the entity if the model does not know it */
    public int entityId(String name) {
        return vocabularies.entity(name);
    }

    /** The name of entity {@code id} (0 to {@link #entityCount()} - 1). */
    public String entityName(int id) {
        return vocabularies.entities().name(id);
    }

    /** The id of a relation name. @throws BadInputException naming the relation if the model does not know it */
    public int relationId(String name) {
        return vocabularies.relation(name);
    }

    /** The name of relation {@code id} (0 to {@link #relationCount()} - 1). */
    public String relationName(int id) {
        return vocabularies.relations().name(id);
    }

    /** Floats in one embedding row: 2 x rank for ComplEx, rank for DistMult and TransE. */
    public int width() {
        return model.width();
    }

    /**
     * Raw scores of {@code count} queries against every entity, as one product on all cores:
     * {@code out[i * entityCount() + j] = score(sources[i], slots[i], j)}. {@code out} needs
     * {@code count * entityCount()} floats and is overwritten. Up to {@value #FEW} queries read the
     * entity table once, row by row; more go through the packed GEMM (TransE's distances always go row by row).
     */
    public void scoreAll(int[] sources, int[] slots, int count, float[] out) {
        float[] q = new float[count * model.width()];
        model.queries(sources, slots, 0, count, q);
        if (count <= FEW || model.type().isDistance()) {
            ModelMath.scoreFew(SharedPool.PARALLEL, model, q, count, out);
        } else {
            model.scoreAll(SharedPool.PARALLEL, q, count, out);
        }
    }

    private static final int FEW = 64;

    /** The raw score of {@code (source, slot, target)} by ids (the same number {@link #scoreAll} gives). */
    public float rawScore(int source, int slot, int target) {
        return ModelMath.score(model, source, slot, target);
    }

    /** Copies the embedding of entity {@code id} then that of relation slot {@code slot} into {@code out} (2 x {@link #width()} floats). */
    public void atomFeatures(int id, int slot, float[] out) {
        int width = model.width();
        System.arraycopy(model.entities(), id * width, out, 0, width);
        System.arraycopy(model.relations(), slot * width, out, width, width);
    }

    /** The ids of the {@code k} highest of {@code scores} (NaN never), best first; ties by lower id. */
    public static int[] topIds(float[] scores, int k) {
        return TopK.select(scores, scores.length, k);
    }

    // One pool for all scoring calls of the JVM; its workers are daemon threads.
    private static final class SharedPool {
        static final Parallel PARALLEL = new Parallel(Runtime.getRuntime().availableProcessors());
    }

    private List<Prediction> top(int anchor, int relation, int k) {
        if (k <= 0) {
            throw new BadInputException("k must be positive, got " + k);
        }
        float[] q = new float[model.width()];
        model.queries(new int[] {anchor}, new int[] {relation}, 0, 1, q);
        float[] scores = new float[model.entityCount()];
        ModelMath.scoreAll(model, q, scores);
        int[] best = TopK.select(scores, scores.length, k);
        List<Prediction> predictions = new ArrayList<>(best.length);
        for (int id : best) {
            predictions.add(new Prediction(vocabularies.entities().name(id), scores[id]));
        }
        return predictions;
    }
}
