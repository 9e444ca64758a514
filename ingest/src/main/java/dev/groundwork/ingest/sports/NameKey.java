package dev.groundwork.ingest.sports;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How names are compared across sources: accents removed, case folded, punctuation made spaces
 * ("Côte d'Ivoire" and "Cote d Ivoire" agree). Nothing else is equated: "West Germany" stays
 * distinct from "Germany", historical names are never folded into their successors.
 */
final class NameKey {
    private NameKey() {}

    static String of(String name) {
        String nfd = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return nfd.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The words of {@link #of}. */
    static List<String> words(String name) {
        String key = of(name);
        return key.isEmpty() ? List.of() : Arrays.asList(key.split(" "));
    }

    /** A key usable in an id: {@code "Leeds United FC"} becomes {@code leeds-united-fc}. */
    static String slug(String name) {
        return of(name).replace(' ', '-');
    }
}
