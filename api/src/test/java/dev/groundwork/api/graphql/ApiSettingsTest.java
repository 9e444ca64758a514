package dev.groundwork.api.graphql;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ApiSettingsTest {
    private static ApiSettings withKey(String key) {
        return new ApiSettings(15, 500, Duration.ofSeconds(30), key, 0, Duration.ofMinutes(1));
    }

    @Test
    void toStringHidesTheApiKeyButSaysOneIsSet() {
        assertThat(withKey("k-987654").toString()).doesNotContain("k-987654").contains("apiKey=***");
        assertThat(withKey("").toString()).contains("apiKey=none");
    }

    @Test
    void acceptsOnlyTheConfiguredKeyAndNothingWhenNoneIsSet() {
        assertThat(withKey("k-987654").acceptsKey("k-987654")).isTrue();
        assertThat(withKey("k-987654").acceptsKey("k-98765")).isFalse();
        assertThat(withKey("k-987654").acceptsKey(null)).isFalse();
        assertThat(withKey(null).acceptsKey("")).isFalse();
    }
}
