package dev.groundwork.query.linkprediction;

import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Command-line measurements (no JMH): the GEMM kernel's GFLOP/s, single-core top-k latency, and a
 * bounded training run that prints every epoch. Each run prints one line per measurement; run long
 * ones with {@code nice}. A process entry point only, with no state. Usage:
 *
 * <pre>
 * java --add-modules jdk.incubator.vector -cp ... dev.groundwork.query.linkprediction.LinkPredictionBenchmark gemm BATCH WIDTH ENTITIES [threads]
 * ... LinkPredictionBenchmark topk ENTITIES RANK [queries]
 * ... LinkPredictionBenchmark train DIR TYPE RANK EPOCHS BATCH LR REG NEGATIVES VALID_EVERY [threads] [adagrad|adam]
 * </pre>
 */
public final class LinkPredictionBenchmark {
    private LinkPredictionBenchmark() {}

    public static void main(String[] args) {
        switch (args.length == 0 ? "" : args[0]) {
            case "gemm" -> gemm(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), threads(args, 4));
            case "topk" -> topK(Integer.parseInt(args[1]), Integer.parseInt(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 2000);
            case "train" -> train(args);
            default -> System.err.println("usage: gemm BATCH WIDTH ENTITIES [threads] | topk ENTITIES RANK [queries] | train DIR TYPE RANK EPOCHS BATCH LR REG NEGATIVES VALID_EVERY [threads] [adagrad|adam]");
        }
    }

    private static int threads(String[] args, int at) {
        return args.length > at ? Integer.parseInt(args[at]) : Runtime.getRuntime().availableProcessors();
    }

    /**
     * Times the three products of one 1-vs-all step for a batch of {@code batch} queries of width
     * {@code width} against {@code entities} entities, and prints the best GFLOP/s of each.
     */
    static void gemm(int batch, int width, int entities, int threads) {
        float[] queries = random(batch * width, 1);
        float[] table = random(entities * width, 2);
        float[] scores = random(batch * entities, 3);
        try (Parallel parallel = new Parallel(threads)) {
            report("scores = Q E^T", batch, entities, width, threads, () -> Matmul.multiplyAdd(parallel, batch, entities, width,
                    Matmul.View.rowMajor(queries, width), Matmul.View.transposed(table, width), new float[batch * entities], entities));
            report("dQ = dS E", batch, width, entities, threads, () -> Matmul.multiplyAdd(parallel, batch, width, entities,
                    Matmul.View.rowMajor(scores, entities), Matmul.View.rowMajor(table, width), new float[batch * width], width));
            report("dE = dS^T Q", entities, width, batch, threads, () -> Matmul.multiplyAdd(parallel, entities, width, batch,
                    Matmul.View.transposed(scores, entities), Matmul.View.rowMajor(queries, width), new float[entities * width], width));
        }
    }

    private static void report(String name, int m, int n, int k, int threads, Runnable product) {
        double best = 0;
        for (int run = 0; run < 12; run++) {
            long start = System.nanoTime();
            product.run();
            best = Math.max(best, Matmul.flops(m, n, k) / ((System.nanoTime() - start) / 1e9) / 1e9);
        }
        System.out.printf(Locale.ROOT, "%-12s m %d n %d k %d threads %d lanes %d: best of 12 %.1f GFLOP/s%n", name, m, n, k, threads, Matmul.LANES, best);
    }

    /** Median and 99th-percentile single-thread latency of top-10 queries over random embeddings, after as many warm-up queries. */
    static double topK(int entities, int rank, int queries) {
        Embeddings model = Embeddings.initial(ModelType.COMPLEX, rank, entities, 10, 0.1f, 7);
        float[] q = new float[model.width()];
        float[] scores = new float[entities];
        long[] nanos = new long[queries];
        SplittableRandom random = new SplittableRandom(3);
        for (int i = -queries; i < queries; i++) {
            long start = System.nanoTime();
            model.queries(new int[] {random.nextInt(entities)}, new int[] {random.nextInt(20)}, 0, 1, q);
            ModelMath.scoreAll(model, q, scores);
            TopK.select(scores, entities, 10);
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        java.util.Arrays.sort(nanos);
        double median = nanos[queries / 2] / 1e6;
        System.out.printf(Locale.ROOT, "topk entities %d rank %d: median %.3f ms, p99 %.3f ms over %d queries after %d warm-up queries%n",
                entities, rank, median, nanos[queries * 99 / 100] / 1e6, queries, queries);
        return median;
    }

    private static void train(String[] args) {
        TripleSplits data = TripleSplits.readDirectory(Path.of(args[1]));
        TrainingConfig config = TrainingConfig.builder()
                .type(ModelType.of(args[2])).rank(Integer.parseInt(args[3]))
                .epochs(Integer.parseInt(args[4])).batchSize(Integer.parseInt(args[5]))
                .learningRate(Float.parseFloat(args[6])).regularization(Float.parseFloat(args[7]))
                .negatives(Integer.parseInt(args[8])).optimizer(OptimizerType.of(args.length > 11 ? args[11] : "adagrad")).validEvery(Integer.parseInt(args[9])).patience(0)
                .threads(threads(args, 10)).build();
        long start = System.nanoTime();
        LinkPredictor model = LinkPredictor.train(data, config, report -> System.out.println(report));
        System.out.printf(Locale.ROOT, "trained in %.1f s%n", (System.nanoTime() - start) / 1e9);
        System.out.println(model.evaluate(data, Split.VALID));
        System.out.println(model.evaluate(data, Split.TEST));
    }

    static float[] random(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = (float) random.nextDouble(-1, 1);
        }
        return values;
    }
}
