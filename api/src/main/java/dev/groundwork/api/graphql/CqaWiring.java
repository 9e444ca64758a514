package dev.groundwork.api.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.groundwork.graph.UnavailableException;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.query.cqa.Answer;
import dev.groundwork.query.cqa.ComplexQueryAnswerer;
import dev.groundwork.query.cqa.CqdaCalibration;
import dev.groundwork.query.cqa.Query;
import dev.groundwork.query.cqa.QueryType;
import dev.groundwork.query.cqa.SearchOptions;
import dev.groundwork.query.cqa.SearchProfile;
import dev.groundwork.query.linkprediction.LinkPredictor;
import dev.groundwork.query.linkprediction.Triple;
import dev.groundwork.query.predictedlinks.PredictedLinks;
import dev.groundwork.query.triples.GraphTriples;
import graphql.schema.idl.RuntimeWiring;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code Query.complexQuery}: CQD (and CQD-A when {@code m.cqa} lies beside the model) over the
 * link-prediction model the server was started with ({@code serve --model}), else the one named by
 * {@code groundwork.linkpred.model}; the graph's edges are the
 * observed ones in explanations. Without a model the field answers an UNAVAILABLE error naming the
 * property. Loaded on first use, then shared: thread-safe.
 */
@Singleton
final class CqaWiring implements SchemaWiring {
    static final String NO_MODEL = "complexQuery needs a link-prediction model; set groundwork.linkpred.model"
            + " (GROUNDWORK_LINKPRED_MODEL) to a model written by 'groundwork train linkpred'";

    private final GraphStore store;
    private final ApiLimits limits;
    private final ObjectMapper json;
    private final Optional<PredictedLinks> served;
    private final String modelFile;
    private volatile ComplexQueryAnswerer answerer;
    private volatile SearchProfile profile;

    CqaWiring(GraphStore store, Optional<PredictedLinks> served, @Value("${groundwork.linkpred.model:}") String modelFile,
              ApiLimits limits, @ApiJson ObjectMapper json) {
        this.limits = limits;
        this.json = json;
        this.store = store;
        this.served = served;
        this.modelFile = modelFile;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", t -> t.dataFetcher("complexQuery", env -> {
            int k = Arguments.upTo(env, "k", limits.k(), "groundwork.api.limits.k");
            Integer beam = Arguments.upTo(env, "beam", limits.beam(), "groundwork.api.limits.beam");
            ComplexQueryAnswerer a = answerer();
            Query query = Query.fromJson(withoutNulls(json.valueToTree(env.getArgument("query"))));
            Boolean asked = env.getArgument("calibrated");
            boolean calibrated = asked == null ? a.calibrated() : asked;
            SearchOptions options = profile.forType(QueryType.of(query)).withCalibrated(calibrated);
            List<Answer> answers = a.answer(query, beam == null ? options : options.withBeam(beam), k);
            return Map.of("type", QueryType.of(query).label(), "calibrated", calibrated, "answers", answers);
        }));
    }

    // GraphQL hands absent input fields over as nulls; the query tree must not see them.
    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isNull()) {
                    it.remove();
                } else {
                    withoutNulls(e.getValue());
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(CqaWiring::withoutNulls);
        }
        return node;
    }

    private ComplexQueryAnswerer answerer() {
        ComplexQueryAnswerer a = answerer;
        if (a == null) {
            synchronized (this) {
                if (answerer == null) {
                    answerer = load();
                }
                a = answerer;
            }
        }
        return a;
    }

    private ComplexQueryAnswerer load() {
        // The model serve --model loaded for predictLinks is shared rather than loaded a second time.
        Path model;
        LinkPredictor predictor;
        if (served.isPresent()) {
            model = served.get().modelFile();
            predictor = served.get().model();
        } else if (modelFile == null || modelFile.isBlank()) {
            throw new UnavailableException(NO_MODEL);
        } else {
            model = Path.of(modelFile);
            predictor = LinkPredictor.load(model);
        }
        Path settings = SearchProfile.besideModel(model);
        profile = Files.isRegularFile(settings) ? SearchProfile.read(settings) : SearchProfile.uniform(SearchOptions.defaults());
        Path layer = CqdaCalibration.besideModel(model);
        List<Triple> observed = new ArrayList<>();
        GraphTriples.read(store, GraphTriples.Filter.ALL,
                tr -> observed.add(new Triple(tr.head(), tr.relation(), tr.tail())));
        return ComplexQueryAnswerer.of(predictor, observed, Files.isRegularFile(layer) ? CqdaCalibration.load(layer) : null);
    }
}
