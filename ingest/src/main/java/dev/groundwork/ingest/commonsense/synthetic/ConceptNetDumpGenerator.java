package dev.groundwork.ingest.commonsense.synthetic;

import dev.groundwork.graph.file.AtomicFile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a synthetic dump in the ConceptNet 5 assertions format, for benchmarks and tests where the
 * real multi-gigabyte dump is not at hand: concept degrees follow a power law (Zipf, exponent 1, like
 * ConceptNet's hubs {@code person}, {@code something}), relations ConceptNet's English mix, and
 * names are pronounceable words, a quarter of them multi-word. The same seed writes the same dump.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * ConceptNetDumpGenerator.write(Path.of("/tmp/cn.csv.gz"), 3_000_000, 42);
 * }</pre>
 */
public final class ConceptNetDumpGenerator {
    private static final String[] SYLLABLES = {"ba", "ker", "ro", "tan", "mi", "sel", "do", "ver", "la", "pin", "cu", "mon",
        "te", "gar", "so", "fel", "ni", "bor", "pa", "len", "di", "cas", "lu", "ther", "ma", "rin", "po", "sten", "fa", "wel",
        "ge", "dor"};
    /** ConceptNet 5.7 English relations, weighted roughly by their share of English edges. */
    private static final String[] RELATIONS = {"RelatedTo", "RelatedTo", "RelatedTo", "RelatedTo", "FormOf", "IsA", "IsA",
        "Synonym", "HasContext", "DerivedFrom", "AtLocation", "UsedFor", "CapableOf", "HasProperty", "HasSubevent",
        "HasPrerequisite", "Causes", "PartOf", "HasA", "Antonym", "MotivatedByGoal", "Desires", "DistinctFrom", "MannerOf"};
    private static final String[] POS = {"n", "v", "a", ""};

    private ConceptNetDumpGenerator() {}

    /**
     * Writes {@code edges} assertions to {@code file} (gzipped if it ends in {@code .gz}).
     *
     * @param edges how many lines, at least 1
     * @param seed the random seed
     */
    public static void write(Path file, long edges, long seed) {
        if (edges < 1) {
            throw new IllegalArgumentException("edges must be at least 1, got " + edges);
        }
        int concepts = (int) Math.max(10, Math.min(Integer.MAX_VALUE - 8, edges / 3));
        double[] cdf = zipf(concepts);
        SplittableRandom random = new SplittableRandom(seed);
        try (AtomicFile atomic = AtomicFile.create(file)) {
            OutputStream raw = atomic.stream();
            OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            StringBuilder line = new StringBuilder(256);
            for (long i = 0; i < edges; i++) {
                String rel = RELATIONS[random.nextInt(RELATIONS.length)];
                int head = sample(cdf, random);
                int tail = sample(cdf, random);
                if (tail == head) {
                    tail = (head + 1) % concepts;
                }
                String start = "/c/en/" + name(head) + posSuffix(random);
                String end = "/c/en/" + name(tail);
                line.setLength(0);
                line.append("/a/[/r/").append(rel).append("/,").append(start).append("/,").append(end).append("/]\t/r/")
                        .append(rel).append('\t').append(start).append('\t').append(end)
                        .append("\t{\"dataset\": \"/d/conceptnet/4/en\", \"license\": \"cc:by/4.0\", \"sources\": ")
                        .append("[{\"activity\": \"/s/activity/omcs/omcs1_possibly_free_text\", \"contributor\": ")
                        .append("\"/s/contributor/omcs/synthetic\"}], \"weight\": ")
                        .append(Math.round((0.1 + random.nextDouble() * 3.9) * 1000) / 1000.0).append("}\n");
                w.write(line.toString());
            }
            // Closing the writer finishes the gzip trailer; the AtomicFile's stream ignores the close.
            w.close();
            atomic.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** A unique pronounceable lemma for concept {@code i}; every fourth is two words joined by '_'. */
    static String name(int i) {
        String word = word(i);
        return i % 4 == 3 ? word(i / 4) + "_" + word : word;
    }

    private static String word(int i) {
        StringBuilder sb = new StringBuilder();
        int n = i;
        do {
            sb.append(SYLLABLES[n % SYLLABLES.length]);
            n /= SYLLABLES.length;
        } while (n > 0);
        return sb.toString();
    }

    private static String posSuffix(SplittableRandom random) {
        String pos = POS[random.nextInt(POS.length)];
        return pos.isEmpty() ? "" : "/" + pos;
    }

    private static double[] zipf(int n) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += 1.0 / (r + 1);
            cdf[r] = sum;
        }
        for (int r = 0; r < n; r++) {
            cdf[r] /= sum;
        }
        return cdf;
    }

    private static int sample(double[] cdf, SplittableRandom random) {
        int i = Arrays.binarySearch(cdf, random.nextDouble());
        return Math.min(cdf.length - 1, i >= 0 ? i : -i - 1);
    }
}
