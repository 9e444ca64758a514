package dev.groundwork.query.cqa;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.NotFoundException;
import dev.groundwork.graph.file.AtomicFile;
import dev.groundwork.query.linkprediction.LinkPredictor;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The CQD-A adaptation (Arakelyan et al. 2023): every raw atom score {@code s} of the frozen link
 * predictor becomes {@code s * (1 + alpha) + beta} before the sigmoid, where {@code (alpha, beta)}
 * come from one linear layer over the atom's source-entity and relation embeddings
 * ({@code 2 x 2 x width + 2} parameters). Trained on complex training queries with the link
 * predictor frozen ({@link #train}); the zero layer is plain CQD with a sigmoid.
 *
 * <p>Immutable and thread-safe once trained or loaded.
 *
 * <pre>{@code
 * CqdaCalibration c = CqdaCalibration.train(model, trainingQueries, CqdaTraining.defaults(), System.out::println);
 * c.save(Path.of("m.cqa"));
 * ComplexQueryAnswerer answerer = ComplexQueryAnswerer.of(model, observedTriples, CqdaCalibration.load(Path.of("m.cqa")));
 * }</pre>
 */
public final class CqdaCalibration {
    private static final byte[] MAGIC = "GWCQDA01".getBytes(StandardCharsets.US_ASCII);

    private final int entityCount;
    private final int features;
    // Row 0: alpha's weights, row 1: beta's; then the two biases.
    private final float[] weights;
    private final float[] bias;

    CqdaCalibration(int entityCount, int features, float[] weights, float[] bias) {
        this.entityCount = entityCount;
        this.features = features;
        this.weights = weights;
        this.bias = bias;
    }

    static CqdaCalibration zero(LinkPredictor model) {
        int f = 2 * model.width();
        return new CqdaCalibration(model.entityCount(), f, new float[2 * f], new float[2]);
    }

    /**
     * Trains the layer on {@code queries} (their {@code answers} are the positives), the model frozen.
     * {@code progress} gets one line an epoch.
     *
     * @throws BadInputException if there are no queries or a query names something the model does not know
     */
    public static CqdaCalibration train(LinkPredictor model, java.util.List<LabeledQuery> queries, CqdaTraining settings,
                                        Consumer<String> progress) {
        if (queries.isEmpty()) {
            throw new BadInputException("training queries must not be empty; got 0");
        }
        return new CalibrationTrainer(model, queries, settings, progress).run();
    }

    /** The file beside a model: {@code m.model} gives {@code m.cqa}. */
    public static Path besideModel(Path model) {
        String name = model.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return model.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".cqa");
    }

    /** Parameters of the layer. */
    public int parameterCount() {
        return weights.length + bias.length;
    }

    /** Checks that this layer was trained for {@code model}. @throws BadInputException otherwise */
    void requireFits(LinkPredictor model) {
        if (model.entityCount() != entityCount || 2 * model.width() != features) {
            throw new BadInputException("the calibration was trained for a model of " + entityCount + " entities and width "
                    + features / 2 + ", but the model has " + model.entityCount() + " and " + model.width() + "; retrain it with train cqa");
        }
    }

    float alpha(float[] x) {
        return dot(x, 0) + bias[0];
    }

    float beta(float[] x) {
        return dot(x, features) + bias[1];
    }

    private float dot(float[] x, int row) {
        float sum = 0;
        for (int i = 0; i < features; i++) {
            sum += weights[row + i] * x[i];
        }
        return sum;
    }

    int features() {
        return features;
    }

    float[] weights() {
        return weights;
    }

    float[] bias() {
        return bias;
    }

    /** Writes the layer atomically. */
    public void save(Path file) {
        AtomicFile.write(file, raw -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw));
            out.write(MAGIC);
            out.writeInt(entityCount);
            out.writeInt(features);
            for (float w : weights) {
                out.writeFloat(w);
            }
            out.writeFloat(bias[0]);
            out.writeFloat(bias[1]);
            out.flush();
        });
    }

    /**
     * Reads a layer written by {@link #save}.
     *
     * @throws NotFoundException if the file does not exist
     * @throws BadInputException if it is not a calibration file or is truncated
     */
    public static CqdaCalibration load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("calibration file " + file + " does not exist; train one with train cqa");
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new BadInputException(file + " is not a CQD-A calibration file (expected magic GWCQDA01)");
            }
            int entities = in.readInt();
            int f = in.readInt();
            if (f <= 0 || f > 1 << 20) {
                throw new BadInputException(file + ": feature count must be between 1 and 2^20, got " + f);
            }
            float[] w = new float[2 * f];
            for (int i = 0; i < w.length; i++) {
                w[i] = in.readFloat();
            }
            return new CqdaCalibration(entities, f, w, new float[] {in.readFloat(), in.readFloat()});
        } catch (EOFException e) {
            throw new BadInputException(file + " is truncated");
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }
}
