package dev.groundwork.query.predictedlinks;

import dev.groundwork.graph.model.Node;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.query.linkprediction.LinkPredictor;
import dev.groundwork.query.linkprediction.Prediction;
import dev.groundwork.query.linkprediction.TripleScore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A trained link predictor served over the graph it was trained for: the model's answers with the
 * graph's view of them (is the edge already observed? which node is that key?), and the write-back
 * of its most probable missing edges as relationships marked {@code predicted: true}.
 *
 * <p>The model's entity names are the graph's node keys, the keys {@code train linkpred --from-graph}
 * reads (an {@code Entity}'s {@code key}, a {@code Concept}'s {@code uri} ..., else the element id),
 * which are also the names of a triples file that {@code ingest triples} loaded. A name the model was
 * not trained on (a node added since) is a {@link dev.groundwork.graph.BadInputException} saying
 * to retrain, never a score. Predicted edges are never counted as observed.
 *
 * <p>Thread-safe: the model is immutable once loaded (every query works on its own arrays) and the
 * store is thread-safe, so any number of threads may query one instance. Lifetime: the model's
 * tables stay on the heap while the instance is referenced; the store is the caller's.
 *
 * <pre>{@code
 * PredictedLinks links = PredictedLinks.load(Path.of("umls.model"), store);
 * List<LinkCandidate> tails = links.predict("alga", "isa", 10, Direction.TAILS);
 * ScoredTriple s = links.score("alga", "isa", "entity");
 * WriteBackResult r = links.writeBack(new WriteBackOptions("isa", 0.9, 5, 0, 10_000));
 * }</pre>
 */
public final class PredictedLinks {
    private final LinkPredictor model;
    private final Path modelFile;
    private final GraphStore store;
    private final GraphLinks graph;

    private PredictedLinks(LinkPredictor model, Path modelFile, GraphStore store) {
        this.model = model;
        this.modelFile = modelFile;
        this.store = store;
        this.graph = new GraphLinks(store);
    }

    /**
     * Loads a model file written by {@code train linkpred} (memory-mapped, see {@link LinkPredictor#load}).
     *
     * @throws dev.groundwork.graph.NotFoundException if the file does not exist
     * @throws dev.groundwork.graph.BadInputException if it is not a model file of a known version
     */
    public static PredictedLinks load(Path modelFile, GraphStore store) {
        Objects.requireNonNull(store, "store");
        return new PredictedLinks(LinkPredictor.load(modelFile), modelFile, store);
    }

    /** The model file this was loaded from. */
    public Path modelFile() {
        return modelFile;
    }

    public LinkPredictor model() {
        return model;
    }

    /**
     * The {@code k} most likely entities at the missing end of {@code (anchor, relation, ?)}
     * ({@link Direction#TAILS}) or {@code (?, relation, anchor)} ({@link Direction#HEADS}), best
     * first, each with whether the graph observes that edge and its node.
     *
     * @throws dev.groundwork.graph.BadInputException if the model does not know anchor or relation, or k is not positive
     */
    public List<LinkCandidate> predict(String anchor, String relation, int k, Direction direction) {
        List<Prediction> top = direction == Direction.TAILS ? model.topTails(anchor, relation, k) : model.topHeads(relation, anchor, k);
        List<String> keys = new ArrayList<>(top.size() + 1);
        keys.add(anchor);
        top.forEach(p -> keys.add(p.entity()));
        Map<String, Node> nodes = graph.nodes(keys);
        Set<String> observed = observedAnswers(nodes.get(anchor), relation, direction);
        return top.stream().map(p -> new LinkCandidate(p.entity(), p.score(), model.probability(p.score()),
                observed.contains(p.entity()), nodes.get(p.entity()))).toList();
    }

    /**
     * The model's raw score and calibrated probability of {@code (head, relation, tail)}, and whether the
     * graph observes it.
     *
     * @throws dev.groundwork.graph.BadInputException if the model does not know one of the three names
     */
    public ScoredTriple score(String head, String relation, String tail) {
        TripleScore s = model.score(head, relation, tail);
        Node headNode = graph.nodes(List.of(head)).get(head);
        boolean observed = observedAnswers(headNode, relation, Direction.TAILS).contains(tail);
        return new ScoredTriple(head, relation, tail, s.score(), s.probability(), observed);
    }

    /**
     * Writes, for every head of the model that is a node of the graph, its best {@code k} new tails
     * of the relation whose probability reaches the threshold (at most {@code limit} edges in all,
     * the most probable first) as relationships of the relation's type with {@code predicted: true},
     * {@code score}, {@code probability}, {@code model} (the file) and {@code modelSha256}. Never on
     * a pair that has the observed edge; a re-run with the same model finds its edges and updates
     * them instead of adding more; one ingest run, so {@code ingest undo} removes what it created.
     *
     * @throws dev.groundwork.graph.BadInputException if the model does not know the relation
     */
    public WriteBackResult writeBack(WriteBackOptions options) {
        return new WriteBack(model, ModelIdentity.of(modelFile), graph, store, options).run();
    }

    private Set<String> observedAnswers(Node anchor, String relation, Direction direction) {
        return anchor == null ? Set.of() : graph.observedAnswers(anchor.id(), relation, direction);
    }
}
