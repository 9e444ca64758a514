package dev.groundwork.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.store.GraphStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one mutation engine of the fuzz tests: from well-formed seed records it makes, with a fixed
 * seed, records that are truncated, carry invalid UTF-8 or NUL bytes, have a JSON value of the
 * wrong type, are nested thousands deep, or hold a 10 MB field (only {@link #HUGE} of those per
 * run, to keep memory and time small). Not thread-safe.
 *
 * <pre>{@code
 * Fuzz fuzz = new Fuzz(17);
 * for (byte[] record : fuzz.records(List.of(seed), Fuzz.PARSED)) { ... parse, then Fuzz.assertTyped(e, file) ... }
 * }</pre>
 */
public final class Fuzz {
    /** How many mutated records each format's parser is fed. */
    public static final int PARSED = 1000;
    /** How many mutated files each format sends through a full ingest. */
    public static final int INGESTED = 10;
    /** How many 10 MB records a run of {@link #records} makes. */
    public static final int HUGE = 3;
    private static final int HUGE_BYTES = 10 * 1024 * 1024;
    private static final Pattern JSON_VALUE = Pattern.compile("(\"[A-Za-z_]+\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?|true|false|null|\\[|\\{)");
    private static final String[] WRONG = {"123", "-1.5e308", "true", "null", "[1, \"a\", {}]", "{\"name\": 7}", "\"\"", "[]"};
    private static final Pattern LINE_OR_RECORD = Pattern.compile("(:\\d+|line \\d+|record \\d+)");

    /** What was done to a record. */
    public enum Kind { TRUNCATE, INVALID_UTF8, NUL, WRONG_JSON_TYPE, DEEP_NESTING, DELETE_BYTES, DUPLICATE_BYTES, HUGE_FIELD }

    private final SplittableRandom random;

    public Fuzz(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** {@code n} mutated records made from the seeds in turn; the first {@link #HUGE} of the run's HUGE_FIELD picks get 10 MB. */
    public List<byte[]> records(List<String> seeds, int n) {
        List<byte[]> out = new ArrayList<>(n);
        int huge = 0;
        for (int i = 0; i < n; i++) {
            byte[] seed = seeds.get(i % seeds.size()).getBytes(StandardCharsets.UTF_8);
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            if (kind == Kind.HUGE_FIELD && huge++ >= HUGE) {
                kind = Kind.TRUNCATE;
            }
            out.add(mutate(seed, kind));
        }
        return out;
    }

    /**
     * The {@link #INGESTED} records for full ingests, made from the seeds in turn with every kind of mutation in turn
     * but the 10 MB field (which the parser tests cover, and which would only make an ingest slow).
     */
    public List<byte[]> forIngest(List<String> seeds) {
        List<byte[]> out = new ArrayList<>(INGESTED);
        for (int i = 0; i < INGESTED; i++) {
            out.add(mutate(seeds.get(i % seeds.size()).getBytes(StandardCharsets.UTF_8), Kind.values()[i % (Kind.values().length - 1)]));
        }
        return out;
    }

    /** {@code record} with one mutation of {@code kind}. */
    public byte[] mutate(byte[] record, Kind kind) {
        int at = record.length == 0 ? 0 : random.nextInt(record.length);
        return switch (kind) {
            case TRUNCATE -> Arrays.copyOf(record, at);
            case INVALID_UTF8 -> insert(record, at, pick(new byte[][] {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82},
                    {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0x80}}));
            case NUL -> insert(record, at, new byte[] {0});
            case WRONG_JSON_TYPE -> wrongType(record);
            case DEEP_NESTING -> insert(record, at, nesting(2000 + random.nextInt(3000)));
            case DELETE_BYTES -> delete(record, at, 1 + random.nextInt(8));
            case DUPLICATE_BYTES -> insert(record, at, Arrays.copyOfRange(record, at, Math.min(record.length, at + 1 + random.nextInt(16))));
            case HUGE_FIELD -> insert(record, hugeAt(record), huge());
        };
    }

    private byte[] wrongType(byte[] record) {
        String text = new String(record, StandardCharsets.UTF_8);
        Matcher m = JSON_VALUE.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(2), m.end(2)});
        }
        if (spans.isEmpty()) {
            // Not JSON: a field of the wrong kind is text where a number or URI belongs.
            return insert(record, record.length == 0 ? 0 : random.nextInt(record.length), "{\"x\": [1]}".getBytes(StandardCharsets.UTF_8));
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        String replaced = text.substring(0, span[0]) + WRONG[random.nextInt(WRONG.length)]
                + text.substring(text.charAt(span[0]) == '[' || text.charAt(span[0]) == '{' ? span[1] - 1 : span[1]);
        return replaced.getBytes(StandardCharsets.UTF_8);
    }

    private int hugeAt(byte[] record) {
        // Inside a JSON string or CSV field where there is one, so that the record stays parseable and the size is what is tested.
        String text = new String(record, StandardCharsets.UTF_8);
        int quote = text.indexOf("\": \"");
        return quote >= 0 ? text.substring(0, quote + 4).getBytes(StandardCharsets.UTF_8).length : record.length / 2;
    }

    private static byte[] huge() {
        byte[] b = new byte[HUGE_BYTES];
        Arrays.fill(b, (byte) 'x');
        return b;
    }

    private byte[] nesting(int depth) {
        boolean arrays = random.nextBoolean();
        StringBuilder sb = new StringBuilder(depth * 6);
        for (int i = 0; i < depth; i++) {
            sb.append(arrays ? "[" : "{\"a\":");
        }
        sb.append("1");
        for (int i = 0; i < depth; i++) {
            sb.append(arrays ? "]" : "}");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] pick(byte[][] options) {
        return options[random.nextInt(options.length)];
    }

    private static byte[] insert(byte[] record, int at, byte[] what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(record.length + what.length);
        out.write(record, 0, at);
        out.write(what, 0, what.length);
        out.write(record, at, record.length - at);
        return out.toByteArray();
    }

    private static byte[] delete(byte[] record, int at, int count) {
        int end = Math.min(record.length, at + count);
        byte[] out = new byte[record.length - (end - at)];
        System.arraycopy(record, 0, out, 0, at);
        System.arraycopy(record, end, out, at, record.length - end);
        return out;
    }

    /** Writes {@code prefix}, the record and {@code suffix} to {@code file}. */
    public static Path write(Path file, String prefix, byte[] record, String suffix) {
        try (var out = Files.newOutputStream(file)) {
            out.write(prefix.getBytes(StandardCharsets.UTF_8));
            out.write(record);
            out.write(suffix.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * Asserts that what a parser threw on a fuzzed file is the typed bad-input error and that its
     * message names the file and a line or record.
     */
    public static void assertTyped(Throwable thrown, Path file) {
        assertThat(thrown).as("what parsing %s threw", file.getFileName()).isInstanceOf(BadInputException.class);
        assertThat(thrown.getMessage()).as("the message for %s", file.getFileName()).contains(file.getFileName().toString());
        assertThat(LINE_OR_RECORD.matcher(thrown.getMessage()).find()).as("a line or record in: %s", abbreviate(thrown.getMessage()))
                .isTrue();
    }

    private static String abbreviate(String s) {
        return s == null || s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }

    /**
     * What a failed run must leave as it was: the domain graph's node and relationship counts and a
     * checksum over its properties, leaving out the runs' bookkeeping (IngestRun, Source, journal).
     */
    public static List<Long> graphState(GraphStore store) {
        return store.read(tx -> {
            var nodes = tx.run("""
                    MATCH (n) WHERE NOT n:IngestRun AND NOT n:Source AND NOT n:IngestJournal
                    RETURN count(n) AS n, sum(size(keys(n))) AS p, sum(size(toString(coalesce(n.key, n.uri, n.id, n.name, '')))) AS k
                    """).single();
            var rels = tx.run("MATCH ()-[r]->() WHERE NOT type(r) = 'READ' RETURN count(r) AS n, sum(size(keys(r))) AS p").single();
            return List.of(nodes.get("n").asLong(), nodes.get("p").asLong(), nodes.get("k").asLong(), rels.get("n").asLong(),
                    rels.get("p").asLong());
        });
    }
}
