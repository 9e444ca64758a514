package dev.groundwork.graph.commonsense;

import java.util.Locale;

/**
 * The key of a {@code Concept} named by free text, shared by the commonsense ingest and the
 * evaluation so that both find the same node: ConceptNet's form {@code /c/LANG/lemma_with_underscores}.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * ConceptUri.of("Play on  ice", "en");   // "/c/en/play_on_ice"
 * }</pre>
 */
public final class ConceptUri {
    private ConceptUri() {}

    /** The URI of the concept named {@code name} (case and spacing normalised) in {@code lang}. */
    public static String of(String name, String lang) {
        String lemma = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replace(' ', '_');
        if (lemma.isEmpty()) {
            throw new IllegalArgumentException("empty concept name");
        }
        return "/c/" + lang + "/" + lemma;
    }
}
