package dev.groundwork.api.llm;

import dev.groundwork.graph.UnavailableException;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The model server, reached through LangChain4j's OpenAI client ({@code POST <base-url>/chat/completions}):
 * OpenAI itself, or Ollama's OpenAI-compatible {@code /v1} endpoint (langchain4j-ollama is not served at a
 * version matching langchain4j 1.19). Temperature 0 and no retries, so that a server that is down fails
 * fast into the extractive fallback. Thread-safe; lifetime: the server's.
 */
final class ChatModels {
    private final LlmSettings settings;
    private final ChatModel blocking;
    private final StreamingChatModel streaming;

    ChatModels(LlmSettings settings) {
        this.settings = settings;
        // The OpenAI client sends whatever key it is given; Ollama and local servers ignore it.
        String key = settings.apiKey().isEmpty() ? "none" : settings.apiKey();
        this.blocking = OpenAiChatModel.builder().baseUrl(settings.baseUrl().toString()).modelName(settings.model()).apiKey(key)
                .temperature(0.0).timeout(settings.timeout()).maxRetries(0).build();
        this.streaming = OpenAiStreamingChatModel.builder().baseUrl(settings.baseUrl().toString()).modelName(settings.model())
                .apiKey(key).temperature(0.0).timeout(settings.timeout()).build();
    }

    /** The blocking model itself, for callers that build their own requests (Text2Cypher). */
    ChatModel blocking() {
        return blocking;
    }

    /**
     * The model's whole answer to {@code prompt}.
     *
     * @throws UnavailableException naming the server when it cannot be reached, fails or takes too long
     */
    String complete(EvidencePrompt prompt) {
        try {
            return text(blocking.chat(request(prompt)));
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    /**
     * The model's answer to {@code prompt}, handing each chunk to {@code tokens} as it arrives; stops
     * reading when {@code cancelled} turns true.
     *
     * @throws UnavailableException naming the server when it cannot be reached, fails or takes too long
     */
    String stream(EvidencePrompt prompt, Consumer<String> tokens, BooleanSupplier cancelled) {
        CompletableFuture<String> done = new CompletableFuture<>();
        StringBuilder seen = new StringBuilder();
        streaming.chat(request(prompt), new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                if (cancelled.getAsBoolean()) {
                    context.streamingHandle().cancel();
                    done.complete(seen.toString());
                    return;
                }
                seen.append(partial.text());
                tokens.accept(partial.text());
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response.aiMessage() != null && response.aiMessage().text() != null ? text(response) : seen.toString());
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        try {
            return done.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw unavailable(e.getCause());
        } catch (TimeoutException e) {
            throw unavailable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(e);
        }
    }

    private static ChatRequest request(EvidencePrompt prompt) {
        return ChatRequest.builder().messages(SystemMessage.from(prompt.system()), UserMessage.from(prompt.user())).build();
    }

    private static String text(ChatResponse response) {
        String text = response.aiMessage() == null ? null : response.aiMessage().text();
        return text == null ? "" : text;
    }

    private UnavailableException unavailable(Throwable e) {
        String why = e instanceof TimeoutException ? "no answer within groundwork.llm.timeout " + settings.timeout()
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().strip().replaceAll("\\s+", " "));
        why = why.length() <= 300 ? why : why.substring(0, 299) + "…";
        return new UnavailableException("the model server at " + settings.baseUrl() + " (groundwork.llm.provider "
                + settings.provider().setting() + ", model " + settings.model() + ") did not answer: " + why, e);
    }
}
