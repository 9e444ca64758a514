package dev.groundwork.ingest.commonsense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AssertionTest {
    @Test
    void aRelationOfTwoHundredThousandBracketsIsNamedInLinearTimeNotQuadratic() {
        // The attack: a fuzzed relation of nested brackets took replaceAll("_+$") minutes (each '_' of the run re-scanned it).
        String relation = "IsA" + "[".repeat(200_000) + "x";

        String type = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Assertion.relationType(relation));

        assertThat(type).isEqualTo("IsA" + "_".repeat(200_000) + "x");
    }

    @Test
    void trailingNonLettersAreDroppedAndALeadingDigitIsPrefixed() {
        assertThat(Assertion.relationType("/r/dbpedia/genre/")).isEqualTo("dbpedia_genre");
        assertThat(Assertion.relationType("2nd ]]")).isEqualTo("r_2nd");
    }

    @Test
    void eachNonWordCodePointBecomesOneUnderscoreAsTheRegexGave() {
        // An emoji is two chars but one code point: "[^A-Za-z0-9_]" replaced it with one '_'.
        assertThat(Assertion.relationType("/r/\uD83D\uDE00x")).isEqualTo("r__x");
        assertThat(Assertion.relationType("/r/Is-À")).isEqualTo("Is");
        assertThat(Assertion.relationType("/r/IsA")).isEqualTo("IsA");
    }
}
