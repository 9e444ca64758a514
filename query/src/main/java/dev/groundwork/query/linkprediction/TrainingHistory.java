package dev.groundwork.query.linkprediction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.NotFoundException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The epochs of one training run, saved beside the model ({@code m.model} -> {@code m.history.json}) as
 * {@code {"epochs": [{"epoch", "loss", "valid_mrr" (null where not validated), "seconds", "gflops"}]}}, the same objects
 * {@code train linkpred --json} prints. Immutable and thread-safe.
 *
 * <pre>{@code
 * List<EpochReport> epochs = new ArrayList<>();
 * LinkPredictor model = LinkPredictor.train(data, config, epochs::add);
 * model.save(file);
 * new TrainingHistory(epochs).save(TrainingHistory.besideModel(file));
 * }</pre>
 *
 * @param epochs the epochs in order
 */
public record TrainingHistory(List<EpochReport> epochs) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public TrainingHistory {
        epochs = List.copyOf(epochs);
    }

    /** Where the history of {@code model} lives: its name without the extension, plus {@code .history.json}. */
    public static Path besideModel(Path model) {
        String name = model.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return model.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".history.json");
    }

    /** The epochs as JSON objects with the keys of {@code train linkpred --json}. */
    public List<Map<String, Object>> toJson() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (EpochReport r : epochs) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("epoch", r.epoch());
            e.put("loss", r.loss());
            e.put("valid_mrr", r.validMrr().isPresent() ? r.validMrr().getAsDouble() : null);
            e.put("seconds", r.seconds());
            e.put("gflops", r.matmulGflops());
            out.add(e);
        }
        return out;
    }

    /** Writes {@code {"epochs": [...]}} to {@code file}. */
    public void save(Path file) {
        try {
            JSON.writeValue(file.toFile(), Map.of("epochs", toJson()));
        } catch (IOException e) {
            throw new UncheckedIOException("writing the training history " + file, e);
        }
    }

    /**
     * Reads a history {@link #save} wrote.
     *
     * @throws NotFoundException when there is no such file (a model trained before histories were saved)
     * @throws BadInputException when it is not a training history, naming the file and what was expected
     */
    public static TrainingHistory read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new NotFoundException("no training history at " + file + " (models trained before histories were saved have none)");
        } catch (IOException e) {
            throw new BadInputException(file + ": expected a training history ({\"epochs\": [...]}), got unreadable JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.path("epochs").isArray()) {
            throw new BadInputException(file + ": expected a training history ({\"epochs\": [...]}), got no epochs array");
        }
        List<EpochReport> epochs = new ArrayList<>();
        for (JsonNode e : root.get("epochs")) {
            if (!e.path("epoch").canConvertToInt() || !e.path("loss").isNumber()) {
                throw new BadInputException(file + ": every epoch needs a numeric epoch and loss, got " + e);
            }
            JsonNode mrr = e.path("valid_mrr");
            double seconds = e.path("seconds").asDouble(0);
            epochs.add(new EpochReport(e.get("epoch").asInt(), e.get("loss").asDouble(), seconds, 0,
                    e.path("gflops").asDouble(0), mrr.isNumber() ? OptionalDouble.of(mrr.asDouble()) : OptionalDouble.empty()));
        }
        return new TrainingHistory(epochs);
    }
}
