package dev.groundwork.query.predictedlinks;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.Provenance;
import dev.groundwork.graph.batch.BatchWriter;
import dev.groundwork.graph.batch.IngestRun;
import dev.groundwork.graph.batch.WriteStatement;
import dev.groundwork.graph.model.Node;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.query.linkprediction.LinkPredictor;
import dev.groundwork.query.linkprediction.Prediction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Writes a model's most probable missing edges of one relation into the graph as one ingest run. */
final class WriteBack {
    private static final Pattern TYPE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    // MERGE on {predicted: true} can only ever match an edge an earlier write-back made, never an observed
    // one; the NOT EXISTS guard keeps a predicted edge off a pair that got its observed edge meanwhile.
    static final String PREDICTED_EDGE = """
            UNWIND $rows AS row
            MATCH (a) WHERE elementId(a) = row.from
            MATCH (b) WHERE elementId(b) = row.to
            WITH row, a, b WHERE NOT EXISTS { (a)-[o:%1$s]->(b) WHERE coalesce(o.predicted, false) = false }
            MERGE (a)-[r:%1$s {predicted: true}]->(b)
            ON CREATE SET %3$s
            WITH r, row
            %2$s
            SET r.name = row.relation, r.score = row.score, r.probability = row.probability, r.model = row.model,
                r.modelSha256 = row.modelSha256, %4$s
            """;

    /** What PREDICTED_EDGE sets, so that a re-prediction's changed score is journaled and an undo reverts it. */
    private static final String JOURNALED_PROPS = "{name: row.relation, score: row.score, probability: row.probability,"
            + " model: row.model, modelSha256: row.modelSha256}";

    private record Candidate(String head, String tail, float score, double probability) {}

    private final LinkPredictor model;
    private final ModelIdentity identity;
    private final GraphLinks graph;
    private final GraphStore store;
    private final WriteBackOptions options;
    private long observedSkipped;
    private long belowThreshold;

    WriteBack(LinkPredictor model, ModelIdentity identity, GraphLinks graph, GraphStore store, WriteBackOptions options) {
        this.model = model;
        this.identity = identity;
        this.graph = graph;
        this.store = store;
        this.options = options;
    }

    WriteBackResult run() {
        String relation = options.relation();
        if (!model.relations().contains(relation)) {
            throw new BadInputException("--relation '" + relation + "' is not in the model " + identity.file() + " (trained on "
                    + model.relationCount() + " relations, e.g. " + model.relations().subList(0, Math.min(5, model.relationCount()))
                    + "); retrain");
        }
        GraphLinks.Observed observed = graph.observed(relation);
        String type = relationshipType(relation, observed);
        Map<String, Node> nodes = graph.nodes(model.entities());
        List<Candidate> candidates = new ArrayList<>();
        for (String head : model.entities()) {
            if (nodes.containsKey(head)) {
                candidates.addAll(newTails(head, observed.tailsByHead().getOrDefault(head, Set.of()), nodes));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::probability).reversed()
                .thenComparing(Candidate::head).thenComparing(Candidate::tail));
        List<Candidate> kept = options.limit() == 0 ? candidates : candidates.subList(0, Math.min(options.limit(), candidates.size()));
        IngestRun run = write(kept, type, nodes);
        return new WriteBackResult(run.id(), relation, type, nodes.size(), model.entityCount() - nodes.size(), observedSkipped,
                belowThreshold, kept.size(), run.counts().relationshipsCreated(), kept.size() - run.counts().relationshipsCreated());
    }

    /** The best k tails of (head, relation, ?) that the graph does not observe, have a node, and pass the threshold. */
    private List<Candidate> newTails(String head, Set<String> observedTails, Map<String, Node> nodes) {
        List<Candidate> out = new ArrayList<>();
        for (Prediction p : model.topTails(head, options.relation(), options.k() + observedTails.size())) {
            double probability = model.probability(p.score());
            if (observedTails.contains(p.entity())) {
                observedSkipped++;
            } else if (probability < options.threshold()) {
                belowThreshold++;
            } else if (nodes.containsKey(p.entity()) && out.size() < options.k()) {
                out.add(new Candidate(head, p.entity(), p.score(), probability));
            }
        }
        return out;
    }

    private IngestRun write(List<Candidate> edges, String type, Map<String, Node> nodes) {
        WriteStatement statement = new WriteStatement("predicted " + type,
                PREDICTED_EDGE.formatted(type, WriteStatement.journalRelationship("r", JOURNALED_PROPS), Provenance.created("r"),
                        Provenance.written("r")), Set.of(), Set.of(type));
        String source = identity.file().toString();
        try (BatchWriter writer = BatchWriter.begin(store, "linkpred/predict", List.of(source), options.batchSize())) {
            long record = 0;
            for (Candidate c : edges) {
                writer.write(statement, source, ++record, Map.of("from", nodes.get(c.head()).id(), "to", nodes.get(c.tail()).id(),
                        "relation", options.relation(), "score", (double) c.score(), "probability", c.probability(),
                        "model", source, "modelSha256", identity.sha256()));
            }
            return writer.commit();
        }
    }

    /** The type of the relation's observed edges (the most common one), else the relation's name if it is one. */
    private static String relationshipType(String relation, GraphLinks.Observed observed) {
        return observed.typeCounts().entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .or(() -> TYPE_NAME.matcher(relation).matches() ? java.util.Optional.of(relation) : java.util.Optional.empty())
                .orElseThrow(() -> new BadInputException("--relation '" + relation + "' has no observed edge in the graph to take"
                        + " its relationship type from, and is not a relationship type name itself (letters, digits, '_')"));
    }
}
