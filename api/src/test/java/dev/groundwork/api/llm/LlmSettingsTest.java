package dev.groundwork.api.llm;

import dev.groundwork.graph.ConfigurationException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LlmSettingsTest {
    @Test
    void rejectsAnUnknownProviderNamingTheSettingAndTheChoices() {
        assertThatThrownBy(() -> LlmSettings.of("gpt", "", "m", "", "60s")).isInstanceOf(ConfigurationException.class)
                .hasMessage("groundwork.llm.provider must be one of none, openai, ollama, got 'gpt'");
    }

    @Test
    void blankProviderMeansNoModel() {
        LlmSettings s = LlmSettings.of("", "", "", "", "");
        assertThat(s.enabled()).isFalse();
        assertThat(s.provider()).isEqualTo(LlmSettings.Provider.NONE);
    }

    @Test
    void ollamaDefaultsToItsOpenAiCompatibleEndpoint() {
        LlmSettings s = LlmSettings.of("Ollama", null, "llama3.2", null, "2m");
        assertThat(s.baseUrl()).isEqualTo(URI.create("http://localhost:11434/v1"));
        assertThat(s.timeout()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void openAiDefaultsToOpenAiAndDropsATrailingSlash() {
        assertThat(LlmSettings.of("openai", "", "gpt-4o-mini", "k", "500ms").baseUrl()).isEqualTo(URI.create(LlmSettings.OPENAI_URL));
        assertThat(LlmSettings.of("openai", "http://127.0.0.1:9/v1/", "m", "", "PT5S").baseUrl())
                .isEqualTo(URI.create("http://127.0.0.1:9/v1"));
    }

    @Test
    void aProviderNeedsAModelName() {
        assertThatThrownBy(() -> LlmSettings.of("openai", "", " ", "", "60s")).isInstanceOf(ConfigurationException.class)
                .hasMessage("groundwork.llm.model must name the model when groundwork.llm.provider is openai, got nothing");
    }

    @Test
    void rejectsABaseUrlThatIsNotHttp() {
        assertThatThrownBy(() -> LlmSettings.of("ollama", "file:/etc/passwd", "m", "", "60s"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("groundwork.llm.base-url must be an http or https URL, got 'file:/etc/passwd'");
    }

    @Test
    void rejectsATimeoutThatIsNotADuration() {
        assertThatThrownBy(() -> LlmSettings.of("ollama", "", "m", "", "soon")).isInstanceOf(ConfigurationException.class)
                .hasMessage("groundwork.llm.timeout must be a duration such as 60s, 500ms or 2m, got 'soon'");
        assertThatThrownBy(() -> LlmSettings.of("ollama", "", "m", "", "0s")).isInstanceOf(ConfigurationException.class)
                .hasMessage("groundwork.llm.timeout must be positive, got PT0S");
    }

    @Test
    void toStringHidesTheApiKeyButSaysOneIsSet() {
        LlmSettings s = LlmSettings.of("openai", "", "gpt-4o-mini", "sk-live-123456", "60s");
        assertThat(s.toString()).doesNotContain("sk-live-123456").contains("apiKey=***").contains("gpt-4o-mini");
        assertThat(LlmSettings.NONE.toString()).contains("apiKey=none");
    }
}
