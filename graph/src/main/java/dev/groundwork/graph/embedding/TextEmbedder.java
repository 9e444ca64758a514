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
 * Sentence embeddings computed in this process from an {@link EmbeddingModel}'s ONNX model and
 * tokenizer, which LangChain4j's model jars ship: no network. all-MiniLM-L6-v2 is the default; ticket
 * retrieval may choose bge-small-en-v1.5 or e5-small-v2 (each 384 dimensions, unit length, so the dot
 * product is the cosine). Texts are cut to {@code maxTokens} wordpieces (the whole text is kept
 * elsewhere; only the embedding sees the cut) and encoded in batches of similar length, which is
 * several times faster than one at a time.
 *
 * <p>Queries and passages: {@link #embedQueries} and {@link #embedPassages} put the model's query or
 * passage prefix before each text (e5's {@code "query: "} / {@code "passage: "}, bge's instruction
 * before a query); {@link #embed} and {@link #embedAll} embed the text as it is, as a symmetric
 * model such as MiniLM expects.
 *
 * <p>Thread-safe (ONNX Runtime sessions may be shared). Lifetime: a model takes 1-3 s to load;
 * use {@link #shared()} (MiniLM) or {@link #shared(EmbeddingModel)} for the process-wide instance of
 * a model, or {@link #load(EmbeddingModel, int)} and close it.
 *
 * <pre>{@code
 * TextEmbedder embedder = TextEmbedder.shared();
 * float[] v = embedder.embed("NullPointerException in DataNode on restart");
 * double cosine = TextEmbedder.dot(v, embedder.embed("NPE when the datanode restarts"));
 * TextEmbedder bge = TextEmbedder.shared(EmbeddingModel.BGE_SMALL_Q);
 * float[] q = bge.embedQueries(List.of("datanode NPE")).getFirst();
 * }</pre>
 */
public final class TextEmbedder implements AutoCloseable {
    public static final int DIMENSIONS = 384;
    /** Wordpieces an embedded text is cut to by default (MiniLM was trained on 128). */
    public static final int DEFAULT_MAX_TOKENS = 128;
    private static final int BATCH = 32;
    private static final int RECENT = 64;
    private static final Map<EmbeddingModel, TextEmbedder> SHARED = new java.util.EnumMap<>(EmbeddingModel.class);

    private final EmbeddingModel model;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final boolean typeIds;
    private final HuggingFaceTokenizer tokenizer;
    private final int maxTokens;
    private final Map<String, float[]> recent = new LinkedHashMap<>(2 * RECENT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > RECENT;
        }
    };

    private TextEmbedder(EmbeddingModel model, OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer,
                         int maxTokens) throws OrtException {
        this.model = model;
        this.env = env;
        this.session = session;
        this.typeIds = session.getInputNames().contains("token_type_ids");
        this.tokenizer = tokenizer;
        this.maxTokens = maxTokens;
    }

    /** The process-wide MiniLM embedder, cutting texts to {@value #DEFAULT_MAX_TOKENS} wordpieces; loaded on first use. */
    public static TextEmbedder shared() {
        return shared(EmbeddingModel.MINILM);
    }

    /** The process-wide embedder of {@code model}, cutting texts to {@value #DEFAULT_MAX_TOKENS} wordpieces; loaded on first use. */
    public static TextEmbedder shared(EmbeddingModel model) {
        synchronized (SHARED) {
            return SHARED.computeIfAbsent(model, m -> load(m, DEFAULT_MAX_TOKENS));
        }
    }

    /** Loads MiniLM, cutting texts to {@code maxTokens} wordpieces (8 to 512). */
    public static TextEmbedder load(int maxTokens) {
        return load(EmbeddingModel.MINILM, maxTokens);
    }

    /** Loads {@code model}, cutting texts to {@code maxTokens} wordpieces (8 to 512, prefix included). */
    public static TextEmbedder load(EmbeddingModel model, int maxTokens) {
        if (maxTokens < 8 || maxTokens > 512) {
            throw new IllegalArgumentException("maxTokens must be between 8 and 512, got " + maxTokens);
        }
        // DJL, under the tokenizer, otherwise probes the network (EC2 metadata, usage tracking) on first use.
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        try (InputStream onnx = resource(model, model.modelResource()); InputStream vocab = resource(model, model.tokenizerResource())) {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(Math.max(1, Runtime.getRuntime().availableProcessors()));
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            // A server embeds for many requests at once: idle intra-op threads that spin-wait for
            // work burn the cores the other requests need, so they sleep instead.
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = env.createSession(onnx.readAllBytes(), options);
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(vocab, Map.of(
                    "maxLength", String.valueOf(maxTokens), "truncation", "true", "padding", "false"));
            return new TextEmbedder(model, env, session, tokenizer, maxTokens);
        } catch (IOException | OrtException | RuntimeException e) {
            throw new UnavailableException("the " + model.id() + " embedding model could not be loaded: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(EmbeddingModel model, String name) throws IOException {
        InputStream in = TextEmbedder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the classpath (" + model.jar() + " missing)");
        }
        return in;
    }

    /** The model this embedder runs. */
    public EmbeddingModel model() {
        return model;
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

    /** The embeddings of texts that search (a question, a new ticket), each after the model's query prefix. */
    public List<float[]> embedQueries(List<String> texts) {
        return embedAll(prefixed(model.queryPrefix(), texts));
    }

    /** The embeddings of texts that are searched (stored sections, chunks), each after the model's passage prefix. */
    public List<float[]> embedPassages(List<String> texts) {
        return embedAll(prefixed(model.passagePrefix(), texts));
    }

    /** The texts as the model sees them: {@code prefix} before each (null as empty); package-private for tests. */
    static List<String> prefixed(String prefix, List<String> texts) {
        return texts.stream().map(t -> prefix + (t == null ? "" : t)).toList();
    }

    /**
     * Embeds each distinct text once: on hadoop, 2,287 of the 8,592 section texts repeat another (the
     * FIELDS sections of tickets with the same status, priority and type), and the model's work is
     * nearly all of an ingest's time. A repeated text gets its own copy of the vector.
     */
    private List<float[]> embedBatches(List<String> texts) {
        Map<String, Integer> distinct = new LinkedHashMap<>();
        int[] slot = new int[texts.size()];
        for (int i = 0; i < slot.length; i++) {
            slot[i] = distinct.computeIfAbsent(texts.get(i) == null ? "" : texts.get(i), k -> distinct.size());
        }
        float[][] vectors = embedDistinct(List.copyOf(distinct.keySet()));
        boolean[] handedOut = new boolean[vectors.length];
        List<float[]> out = new ArrayList<>(slot.length);
        for (int s : slot) {
            out.add(handedOut[s] ? vectors[s].clone() : vectors[s]);
            handedOut[s] = true;
        }
        return out;
    }

    private float[][] embedDistinct(List<String> texts) {
        Encoding[] encodings = tokenizer.batchEncode(texts);
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
        return out;
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
             OrtSession.Result result = session.run(typeIds
                     ? Map.of("input_ids", tIds, "attention_mask", tMask, "token_type_ids", tTypes)
                     : Map.of("input_ids", tIds, "attention_mask", tMask))) {
            float[][][] hidden = (float[][][]) result.get(0).getValue();
            float[][] pooled = new float[batch.length][];
            for (int b = 0; b < batch.length; b++) {
                pooled[b] = normalised(model.pooling() == EmbeddingModel.Pooling.CLS ? hidden[b][0].clone() : meanPool(hidden[b], mask[b]));
            }
            return pooled;
        } catch (OrtException e) {
            throw new UnavailableException("the embedding model failed on a batch of " + batch.length + " texts: "
                    + e.getMessage(), e);
        }
    }

    private static float[] meanPool(float[][] hidden, long[] mask) {
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
        for (int d = 0; d < DIMENSIONS; d++) {
            v[d] /= Math.max(1, n);
        }
        return v;
    }

    private static float[] normalised(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
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
        synchronized (SHARED) {
            if (SHARED.get(model) == this) {
                return;
            }
        }
        try {
            session.close();
        } catch (OrtException e) {
            throw new UnavailableException("the embedding model did not close cleanly: " + e.getMessage(), e);
        }
        tokenizer.close();
    }
}
