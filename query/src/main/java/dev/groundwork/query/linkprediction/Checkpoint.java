package dev.groundwork.query.linkprediction;

import dev.groundwork.graph.BadInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checkpoint file {@code checkpoint.bin} in the checkpoint directory: magic {@code GWLPCKPT},
 * version, the settings that must match on resume, the epoch reached, early-stopping state, the
 * current and best parameters and the optimiser state. Replaced atomically after each epoch.
 */
final class Checkpoint {
    static final String FILE_NAME = "checkpoint.bin";
    private static final byte[] MAGIC = "GWLPCKPT".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;

    private Checkpoint() {}

    static void write(Path directory, TrainingConfig config, Vocabularies vocabularies, TrainingState state) {
        Embeddings current = state.current;
        try (BinaryOut out = new BinaryOut(directory.resolve(FILE_NAME))) {
            out.bytes(MAGIC).integer(VERSION).string(current.type().name()).integer(current.rank())
                    .string(config.optimizer().name()).longInteger(config.seed())
                    .integer(vocabularies.entities().names().hashCode()).integer(vocabularies.relations().names().hashCode())
                    .integer(state.epoch).real(state.bestMrr).integer(state.validationsWithoutGain).longInteger(state.optimizer.steps())
                    .floats(current.entities()).floats(current.relations());
            out.integer(state.best == null ? 0 : 1);
            if (state.best != null) {
                out.floats(state.best.entities()).floats(state.best.relations());
            }
            for (float[] table : state.optimizer.state()) {
                out.floats(table);
            }
            out.commit();
        }
    }

    /** Restores {@code state} from the directory's checkpoint; returns false if there is none. */
    static boolean restore(Path directory, TrainingConfig config, Vocabularies vocabularies, TrainingState state) {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        BinaryIn in = new BinaryIn(file);
        ModelFile.expectHeader(in, MAGIC, VERSION, VERSION, "checkpoint");
        Embeddings current = state.current;
        expect(file, "model type", ModelFile.modelType(in).name(), current.type().name());
        expect(file, "rank", in.integer(), current.rank());
        expect(file, "optimizer", in.string(), config.optimizer().name());
        expect(file, "seed", in.longInteger(), config.seed());
        expect(file, "entity vocabulary hash", in.integer(), vocabularies.entities().names().hashCode());
        expect(file, "relation vocabulary hash", in.integer(), vocabularies.relations().names().hashCode());
        state.epoch = in.integer();
        state.bestMrr = in.real();
        state.validationsWithoutGain = in.integer();
        state.optimizer.restoreSteps(in.longInteger());
        copy(in.floats(current.entities().length), current.entities());
        copy(in.floats(current.relations().length), current.relations());
        if (in.integer() == 1) {
            state.best = current.copy();
            copy(in.floats(current.entities().length), state.best.entities());
            copy(in.floats(current.relations().length), state.best.relations());
        }
        for (float[] table : state.optimizer.state()) {
            copy(in.floats(table.length), table);
        }
        return true;
    }

    private static void copy(float[] from, float[] to) {
        System.arraycopy(from, 0, to, 0, to.length);
    }

    private static void expect(Path file, String what, Object found, Object expected) {
        if (!found.equals(expected)) {
            throw new BadInputException("checkpoint '" + file + "' was written with " + what + " " + found + ", but this run uses "
                    + expected + "; use another checkpointDirectory or the same settings and triples");
        }
    }
}
