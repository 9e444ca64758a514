package dev.groundwork.query.tickets.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenWindowsTest {

    @Test
    void cutsOverlappingWindowsOfTheOriginalText() {
        List<String> windows = new TokenWindows(4, 1).apply("one two three four five six seven");

        assertThat(windows).containsExactly("one two three four", "four five six seven");
    }

    @Test
    void keepsAShortTextAsOneWindow() {
        assertThat(new TokenWindows(256, 32).apply("NameNode crashes")).containsExactly("NameNode crashes");
    }

    @Test
    void rejectsAnOverlapAsLargeAsTheWindow() {
        assertThatThrownBy(() -> new TokenWindows(4, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a window needs size >= 1 and 0 <= overlap < size, got 4 and 4");
    }
}
