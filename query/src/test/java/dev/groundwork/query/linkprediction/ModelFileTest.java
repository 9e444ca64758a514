package dev.groundwork.query.linkprediction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {
    @TempDir
    Path temp;

    @Test
    void aVersionOneFileWithoutGammaStillLoadsAndScoresAsBefore() {
        // Version 1's layout, as ModelFile wrote it before gamma: no margin after the Platt parameters.
        float[] entities = {1, 0, 0, 1, 2, 1};
        float[] relations = {0.5f, 0.5f, 2, -1, 0.5f, 0.5f, 2, 1};
        Path file = temp.resolve("v1.model");
        try (BinaryOut out = new BinaryOut(file)) {
            out.bytes(ModelFile.MAGIC).integer(1).string("COMPLEX").integer(1);
            out.strings(List.of("a", "b", "c")).strings(List.of("r", "s"));
            out.real(2.0).real(-1.0);
            out.floats(entities).floats(relations);
            out.commit();
        }

        LinkPredictor model = LinkPredictor.load(file);

        assertThat(model.type()).isEqualTo(ModelType.COMPLEX);
        assertThat(model.gamma()).isZero();
        // Re(h r conj(t)) for h = 2 + i, r = 0.5 + 0.5i, t = 1: 2 * 0.5 - 1 * 0.5 = 0.5.
        assertThat(model.score("c", "r", "a").score()).isEqualTo(0.5f);
        assertThat(model.probability(0.5f)).isEqualTo(1 / (1 + Math.exp(-(2.0 * 0.5 - 1.0))));
    }
}
