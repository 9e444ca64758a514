package dev.groundwork.api.cli;

import dev.groundwork.api.llm.LlmSettings;
import picocli.CommandLine.Option;

/**
 * The options of the optional LLM answer path, each also read from {@code groundwork.llm.*}
 * (application.yml) or {@code GROUNDWORK_LLM_*} like the server's settings.
 */
final class LlmOptions {
    @Option(names = "--llm-provider", paramLabel = "NAME", defaultValue = "none",
            description = "Who writes the answer text: none (extractive, no model), openai or ollama (default: ${DEFAULT-VALUE}).")
    String provider;

    @Option(names = "--llm-base-url", paramLabel = "URL",
            description = "The OpenAI-compatible endpoint (default: https://api.openai.com/v1, for ollama http://localhost:11434/v1).")
    String baseUrl;

    @Option(names = "--llm-model", paramLabel = "NAME", description = "The model name, e.g. gpt-4o-mini or llama3.2.")
    String model;

    @Option(names = "--llm-api-key", paramLabel = "KEY", description = "The model server's API key (or GROUNDWORK_LLM_API_KEY).")
    String apiKey;

    @Option(names = "--llm-timeout", paramLabel = "DURATION", defaultValue = "60s",
            description = "Longest wait for the model's answer, e.g. 60s (default: ${DEFAULT-VALUE}).")
    String timeout;

    LlmSettings settings() {
        return LlmSettings.of(provider, baseUrl, model, apiKey, timeout);
    }
}
