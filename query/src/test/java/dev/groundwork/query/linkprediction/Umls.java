package dev.groundwork.query.linkprediction;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The UMLS fixture shipped in test resources, and a model trained on it once per test JVM. */
final class Umls {
    private static TripleSplits data;
    private static LinkPredictor model;

    private Umls() {}

    static Path directory() {
        try {
            return Path.of(Umls.class.getResource("/linkprediction/umls").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized TripleSplits data() {
        if (data == null) {
            data = TripleSplits.readDirectory(directory());
        }
        return data;
    }

    /** ComplEx, rank 64, 20 epochs of 1-vs-all Adagrad with N3: a few seconds on 2 cores. */
    static TrainingConfig.Builder config() {
        return TrainingConfig.builder().type(ModelType.COMPLEX).rank(64).epochs(20).batchSize(256)
                .learningRate(0.1f).regularization(0.01f).validEvery(10).patience(0).seed(42);
    }

    static synchronized LinkPredictor model() {
        if (model == null) {
            model = LinkPredictor.train(data(), config().build());
        }
        return model;
    }
}
