package dev.groundwork.query.tickets.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.query.eval.Interval;
import dev.groundwork.query.eval.QueryScores;
import dev.groundwork.query.eval.RankingMetrics;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs the benchmark on the real GitBugs Hadoop data, which a user's clone does not have, so it only runs when pointed at
 * it: {@code ./mvnw -o -pl query verify -Dit.test=HadoopDuplicateBenchmarkIT -Dgroundwork.tickets.hadoop=DIR}, adding
 * {@code -Dgroundwork.tickets.chunks=true} for the slow MiniLM system. Results go to the test's output file.
 */
@EnabledIfSystemProperty(named = "groundwork.tickets.hadoop", matches = ".+")
class HadoopDuplicateBenchmarkIT {

    @Test
    void runsEverySystemOnHadoop() {
        DuplicateBenchmark bench = DuplicateBenchmark.loadHadoop(Path.of(System.getProperty("groundwork.tickets.hadoop")));
        System.out.printf("tickets %d, queries %d%n", bench.ticketCount(), bench.queryIds().size());

        BenchmarkResult bm25 = bench.run(RetrievalSystem.BM25);
        print(bm25);
        assertThat(bm25.metrics().queries()).isEqualTo(bench.queryIds().size());

        if (Boolean.getBoolean("groundwork.tickets.chunks")) {
            BenchmarkResult chunks = bench.run(RetrievalSystem.CHUNKS);
            print(chunks);
            Interval diff = RankingMetrics.bootstrapMrrDifference(chunks.perQuery(), bm25.perQuery(), 10_000, 42);
            System.out.printf(Locale.ROOT, "MRR chunks - bm25 = %.3f, 95%% CI [%.3f, %.3f] (paired bootstrap, 10000 resamples, seed 42)%n",
                    diff.estimate(), diff.low(), diff.high());
        }
    }

    private static void print(BenchmarkResult r) {
        QueryScores m = r.metrics().mean();
        System.out.printf(Locale.ROOT,
                "%s: MRR %.3f R@1/3/10 %.3f/%.3f/%.3f NDCG@1/3/10 %.3f/%.3f/%.3f; index %d ms, latency p50 %.1f ms p95 %.1f ms%n",
                r.system(), m.reciprocalRank(), m.recallAt1(), m.recallAt3(), m.recallAt10(), m.ndcgAt1(), m.ndcgAt3(), m.ndcgAt10(),
                r.indexTime().toMillis(), r.latencyP50().toNanos() / 1e6, r.latencyP95().toNanos() / 1e6);
    }
}
