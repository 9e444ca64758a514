package dev.groundwork.api.llm;

import dev.groundwork.graph.ConfigurationException;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which language model, if any, writes the answers of {@code ask}, from {@code groundwork.llm.*}
 * (application.yml, {@code GROUNDWORK_LLM_*} environment variables, or the {@code --llm-*} options
 * of {@code groundwork ask}). Immutable; {@link #toString} leaves the API key out.
 *
 * <pre>{@code
 * LlmSettings s = LlmSettings.of("ollama", "", "llama3.2", "", "60s");   // http://localhost:11434/v1
 * }</pre>
 *
 * @param provider none (the extractive answer, no model), openai or ollama
 * @param baseUrl the OpenAI-compatible endpoint the client posts {@code /chat/completions} to; null with provider none
 * @param model the model name; empty with provider none
 * @param apiKey the key sent as {@code Authorization: Bearer}; empty when the server needs none
 * @param timeout longest wait for the model's whole answer
 */
public record LlmSettings(Provider provider, URI baseUrl, String model, String apiKey, Duration timeout) {
    /** The base URL used with provider openai when none is set. */
    public static final String OPENAI_URL = "https://api.openai.com/v1";
    /** The base URL used with provider ollama when none is set: Ollama's OpenAI-compatible endpoint. */
    public static final String OLLAMA_URL = "http://localhost:11434/v1";
    /** No model: every answer is extractive. */
    public static final LlmSettings NONE = new LlmSettings(Provider.NONE, null, "", "", Duration.ofSeconds(60));

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m)");

    /** Who serves the model. Ollama is reached through its OpenAI-compatible {@code /v1} endpoint. */
    public enum Provider {
        NONE, OPENAI, OLLAMA;

        String setting() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public LlmSettings {
        if (provider == null) {
            throw new ConfigurationException("groundwork.llm.provider must be one of " + choices() + ", got null");
        }
        model = model == null ? "" : model.strip();
        apiKey = apiKey == null ? "" : apiKey.strip();
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new ConfigurationException("groundwork.llm.timeout must be positive, got " + timeout);
        }
        if (provider != Provider.NONE) {
            if (model.isEmpty()) {
                throw new ConfigurationException("groundwork.llm.model must name the model when groundwork.llm.provider is "
                        + provider.setting() + ", got nothing");
            }
            baseUrl = baseUrl != null ? baseUrl : URI.create(provider == Provider.OLLAMA ? OLLAMA_URL : OPENAI_URL);
            if (!("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme())) || baseUrl.getHost() == null) {
                throw new ConfigurationException("groundwork.llm.base-url must be an http or https URL, got '" + baseUrl + "'");
            }
        }
    }

    /**
     * Settings from their text form, as configuration gives them; blank values take the defaults.
     *
     * @param timeout e.g. {@code 60s}, {@code 500ms}, {@code 2m} or ISO-8601 ({@code PT1M}); blank: 60 seconds
     * @throws ConfigurationException naming the setting, its value and what it accepts
     */
    public static LlmSettings of(String provider, String baseUrl, String model, String apiKey, String timeout) {
        return new LlmSettings(provider(provider), url(baseUrl), model, apiKey, duration(timeout));
    }

    /** The settings without the API key, which shows only as set or not. */
    @Override
    public String toString() {
        return "LlmSettings[provider=" + provider.setting() + ", baseUrl=" + baseUrl + ", model=" + model
                + ", apiKey=" + (apiKey.isEmpty() ? "none" : "***") + ", timeout=" + timeout + "]";
    }

    /** Whether a model writes the answers. */
    /**
     * The model as LangChain4j's {@link dev.langchain4j.model.chat.ChatModel}, for Text2Cypher in
     * {@code query}: temperature 0, no retries, {@link #timeout()}; empty when no model is configured.
     */
    public java.util.Optional<dev.langchain4j.model.chat.ChatModel> chatModel() {
        return enabled() ? java.util.Optional.of(new ChatModels(this).blocking()) : java.util.Optional.empty();
    }

    public boolean enabled() {
        return provider != Provider.NONE;
    }

    private static Provider provider(String value) {
        String v = value == null || value.isBlank() ? "none" : value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(Provider.values()).filter(p -> p.setting().equals(v)).findFirst().orElseThrow(() ->
                new ConfigurationException("groundwork.llm.provider must be one of " + choices() + ", got '" + value + "'"));
    }

    private static String choices() {
        return String.join(", ", Arrays.stream(Provider.values()).map(Provider::setting).toList());
    }

    private static URI url(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new URI(value.strip().replaceFirst("/+$", ""));
        } catch (java.net.URISyntaxException e) {
            throw new ConfigurationException("groundwork.llm.base-url must be an http or https URL, got '" + value + "'", e);
        }
    }

    private static Duration duration(String value) {
        if (value == null || value.isBlank()) {
            return NONE.timeout;
        }
        Matcher m = SHORT_DURATION.matcher(value.strip());
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                default -> Duration.ofMinutes(n);
            };
        }
        try {
            return Duration.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ConfigurationException("groundwork.llm.timeout must be a duration such as 60s, 500ms or 2m, got '"
                    + value + "'", e);
        }
    }
}
