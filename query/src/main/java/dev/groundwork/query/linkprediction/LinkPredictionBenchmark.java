package dev.groundwork.query.linkprediction;

import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Command-line measurements (no JMH): the GEMM kernel's GFLOP/s, single-core top-k latency, and a
 * bounded training run that prints every epoch. Each run prints one line per measurement. Usage:
 *
 * <pre>
 * java --add-modules jdk.incubator.vector -cp ... dev.groundwork.query.linkprediction.LinkPredictionBenchmark gemm 512 400 14541 [threads]
 * ... LinkPredictionBenchmark topk 14541 200 [queries]
 * ... LinkPredictionBenchmark train DIR complex 200 EPOCHS BATCH LR REG NEGATIVES VALID_EVERY [threads]
 * </pre>
 */
public final class LinkPredictionBenchmark {
    private LinkPredictionBenchmark() {}

    public static void main(String[] args) {
        switch (args.length == 0 ? "" : args[0]) {
            case "gemm" -> gemm(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), threads(args, 4));
            case "topk" -> topK(Integer.parseInt(args[1]), Integer.parseInt(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 2000);
            case "train" -> train(args);
            default -> System.err.println("usage: gemm M K N [threads] | topk ENTITIES RANK [queries] | train DIR TYPE RANK EPOCHS BATCH LR REG NEGATIVES VALID_EVERY [threads]");
        }
    }

    private static int threads(String[] args, int at) {
        return args.length > at ? Integer.parseInt(args[at]) : Runtime.getRuntime().availableProcessors();
    }

    /** Times {@code C[m x n] = A[m x k] B[k x n]} with B given transposed (the 1-vs-all forward product). */
    static double gemm(int m, int k, int n, int threads) {
        float[] a = random(m * k, 1);
        float[] b = random(n * k, 2);
        float[] c = new float[m * n];
        try (Parallel parallel = new Parallel(threads)) {
            double best = 0;
            for (int run = 0; run < 12; run++) {
                long start = System.nanoTime();
                Matmul.multiplyAdd(parallel, m, n, k, Matmul.View.rowMajor(a, k), Matmul.View.transposed(b, k), c, n);
                double seconds = (System.nanoTime() - start) / 1e9;
                best = Math.max(best, Matmul.flops(m, n, k) / seconds / 1e9);
            }
            System.out.printf(Locale.ROOT, "gemm %d x %d x %d threads %d lanes %d: best %.1f GFLOP/s%n", m, k, n, threads, Matmul.LANES, best);
            return best;
        }
    }

    /** Median single-thread latency of a top-10 query over random embeddings. */
    static double topK(int entities, int rank, int queries) {
        Embeddings model = Embeddings.initial(ModelType.COMPLEX, rank, entities, 10, 0.1f, 7);
        float[] q = new float[model.width()];
        float[] scores = new float[entities];
        long[] nanos = new long[queries];
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < queries; i++) {
            long start = System.nanoTime();
            model.queries(new int[] {random.nextInt(entities)}, new int[] {random.nextInt(20)}, 0, 1, q);
            ModelMath.scoreAll(model, q, scores);
            TopK.select(scores, entities, 10);
            nanos[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(nanos);
        double median = nanos[queries / 2] / 1e6;
        System.out.printf(Locale.ROOT, "topk entities %d rank %d: median %.3f ms, p99 %.3f ms over %d queries (first half is warm-up)%n",
                entities, rank, median, nanos[queries * 99 / 100] / 1e6, queries);
        return median;
    }

    private static void train(String[] args) {
        TripleSplits data = TripleSplits.readDirectory(Path.of(args[1]));
        TrainingConfig config = TrainingConfig.builder()
                .type(ModelType.valueOf(args[2].toUpperCase(Locale.ROOT))).rank(Integer.parseInt(args[3]))
                .epochs(Integer.parseInt(args[4])).batchSize(Integer.parseInt(args[5]))
                .learningRate(Float.parseFloat(args[6])).regularization(Float.parseFloat(args[7]))
                .negatives(Integer.parseInt(args[8])).optimizer(OptimizerType.valueOf(System.getProperty("optimizer", "ADAGRAD"))).validEvery(Integer.parseInt(args[9])).patience(0)
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
