package dev.groundwork.query.linkprediction;

import dev.groundwork.graph.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The training loop over its inputs: deterministic shuffles by seed and epoch, batches through {@link BatchStep},
 * validation every n epochs with early stopping, a checkpoint after every epoch. One run per instance; not
 * thread-safe (it parallelises internally).
 */
record Trainer(TrainingConfig config, Vocabularies vocabularies, IndexedTriples train, IndexedTriples valid, KnownAnswers known,
               Consumer<EpochReport> progress) {

    Embeddings run() {
        TrainingState state = startOrResume();
        IndexedTriples.Queries examples = train.queries(vocabularies.relations().size());
        try (Parallel parallel = new Parallel(config.threads())) {
            BatchStep step = new BatchStep(config, state.current, state.optimizer, parallel);
            boolean stop = false;
            for (int epoch = state.epoch + 1; epoch <= config.epochs() && !stop; epoch++) {
                EpochReport report = epoch(parallel, step, examples, epoch);
                stop = state.finishEpoch(epoch, report.validMrr(), config.patience());
                if (config.checkpointDirectory() != null) {
                    Checkpoint.write(config.checkpointDirectory(), config, vocabularies, state);
                }
                progress.accept(report);
            }
        }
        return state.result();
    }

    private EpochReport epoch(Parallel parallel, BatchStep step, IndexedTriples.Queries examples, int epoch) {
        int[] order = shuffled(examples.size(), mix(config.seed(), epoch));
        double flopsBefore = step.matmulFlops();
        double matmulSecondsBefore = step.matmulSeconds();
        long start = System.nanoTime();
        double loss = 0;
        for (int first = 0, batch = 0; first < order.length; first += config.batchSize(), batch++) {
            int count = Math.min(config.batchSize(), order.length - first);
            loss += step.run(examples, order, first, count, mix(mix(config.seed(), epoch), batch));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double gflops = (step.matmulFlops() - flopsBefore) / Math.max(1e-9, step.matmulSeconds() - matmulSecondsBefore) / 1e9;
        OptionalDouble validMrr = shouldValidate(epoch)
                ? OptionalDouble.of(Ranker.evaluate(parallel, step.model(), valid, known, Split.VALID.label()).mrr())
                : OptionalDouble.empty();
        return new EpochReport(epoch, loss / Math.max(1, order.length), seconds, order.length / seconds, gflops, validMrr);
    }

    private boolean shouldValidate(int epoch) {
        return config.validEvery() > 0 && valid.size() > 0 && (epoch % config.validEvery() == 0 || epoch == config.epochs());
    }

    private TrainingState startOrResume() {
        int entities = vocabularies.entities().size();
        int relations = vocabularies.relations().size();
        Embeddings initial = Embeddings.initial(config.type(), config.rank(), entities, relations, config.initScale(), config.seed());
        Optimizer optimizer = Optimizer.create(config.optimizer(), config.learningRate(), initial.entities().length, initial.relations().length);
        TrainingState state = new TrainingState(initial, optimizer);
        if (config.checkpointDirectory() != null) {
            try {
                Files.createDirectories(config.checkpointDirectory());
            } catch (IOException e) {
                throw new ConfigurationException("checkpointDirectory '" + config.checkpointDirectory() + "' cannot be created: " + e.getMessage(), e);
            }
            if (config.resume()) {
                Checkpoint.restore(config.checkpointDirectory(), config, vocabularies, state);
            }
        }
        return state;
    }

    static int[] shuffled(int size, long seed) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    // SplitMix64's finaliser: distinct, well-spread seeds per epoch and batch.
    static long mix(long seed, long salt) {
        long z = seed + 0x9E3779B97F4A7C15L * (salt + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
