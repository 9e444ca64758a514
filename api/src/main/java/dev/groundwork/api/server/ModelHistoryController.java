package dev.groundwork.api.server;

import dev.groundwork.graph.GroundworkException;
import dev.groundwork.query.linkprediction.TrainingHistory;
import dev.groundwork.query.predictedlinks.PredictedLinks;
import io.micronaut.context.BeanProvider;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

import java.util.Map;

/**
 * {@code GET /model/history}: the training history of the link predictor being served ({@code m.history.json} beside
 * {@code m.model}, written by {@code train linkpred} and the demo), as {@code {"model", "epochs": [...]}}; 404 with a
 * message when no model is served or it has no history. The Ask page draws it. Thread-safe.
 */
@Controller("/model")
final class ModelHistoryController {
    private final BeanProvider<PredictedLinks> links;

    ModelHistoryController(BeanProvider<PredictedLinks> links) {
        this.links = links;
    }

    @Get(value = "/history", produces = MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> history() {
        if (!links.isPresent()) {
            return HttpResponse.notFound(Map.of("message", "no link-prediction model is served (serve --model FILE)"));
        }
        var model = links.get().modelFile();
        try {
            return HttpResponse.ok(Map.of("model", model.getFileName().toString(),
                    "epochs", TrainingHistory.read(TrainingHistory.besideModel(model)).toJson()));
        } catch (GroundworkException e) {
            return HttpResponse.notFound(Map.of("message", e.getMessage()));
        }
    }
}
