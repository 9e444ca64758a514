package dev.groundwork.ingest.commonsense;

import dev.groundwork.graph.commonsense.ConceptUri;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One concept as the graph keys it: ConceptNet's URI without the part-of-speech and sense
 * ({@code /c/en/ice_cream}), or the IRI of an RDF resource. Senses collapse onto one node because
 * text matching cannot tell them apart; the first part of speech seen is kept.
 */
record ConceptRef(String uri, String name, String lang, String pos) {
    private static final Pattern LANG = Pattern.compile("[a-z]{2,3}");
    /** ISO 639-1 codes plus the ISO 639-3 codes ConceptNet 5 uses that have no two-letter form. */
    private static final Set<String> LANGUAGES = languages();

    ConceptRef {
        if (uri == null || uri.isBlank()) {
            throw new IllegalArgumentException("a concept needs a URI, got '" + uri + "'");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("concept " + uri + " has an empty name");
        }
        // Computed here, on a parser thread, and cached in the string: the single writer thread that numbers concepts then only compares.
        uri.hashCode();
    }

    /** Parses {@code /c/LANG/LEMMA[/POS[/...]]}. */
    static ConceptRef conceptNet(String uri) {
        String[] parts = uri.split("/", -1);
        if (parts.length < 4 || !parts[0].isEmpty() || !parts[1].equals("c")) {
            throw new IllegalArgumentException("expected a concept URI /c/LANG/LEMMA[/POS], got '" + uri + "'");
        }
        String lang = requireLanguage(parts[2]);
        String lemma = parts[3];
        String name = lemma.replace('_', ' ').strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("concept URI '" + uri + "' has an empty name");
        }
        String pos = parts.length > 4 && !parts[4].isEmpty() ? parts[4] : null;
        return new ConceptRef("/c/" + lang + "/" + lemma, name, lang, pos);
    }

    /** A concept named by free text, as CN-100K writes them ({@code play on ice}). */
    static ConceptRef fromName(String text, String lang) {
        String name = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("empty concept name");
        }
        return new ConceptRef(ConceptUri.of(name, lang), name, lang, null);
    }

    /**
     * The language code, if ConceptNet could use it.
     *
     * @throws IllegalArgumentException naming the code otherwise
     */
    static String requireLanguage(String code) {
        // The set holds only codes the pattern accepts, so a hit needs no regex (this runs twice per line).
        if (code == null || !LANGUAGES.contains(code)) {
            throw new IllegalArgumentException("unknown language code '" + code
                    + "' (expected an ISO 639 code such as en, de, fr, ja)");
        }
        return code;
    }

    /** The row the concept statement reads. */
    Map<String, Object> row() {
        Map<String, Object> row = new HashMap<>(6);
        row.put("uri", uri);
        row.put("name", name);
        row.put("lang", lang);
        row.put("pos", pos);
        return row;
    }

    private static Set<String> languages() {
        var codes = new java.util.HashSet<>(Set.of(Locale.getISOLanguages()));
        for (String two : Locale.getISOLanguages()) {
            codes.add(Locale.of(two).getISO3Language());
        }
        codes.addAll(Set.of("ast", "grc", "nci", "fro", "sga", "xcl", "ang", "non", "enm", "frm", "gmh", "goh", "got",
                "osx", "ota", "pro", "mul", "hsb", "dsb", "ceb", "hil", "haw", "rup", "scn", "vec", "lld", "egl"));
        codes.removeIf(c -> !LANG.matcher(c).matches());
        return Set.copyOf(codes);
    }
}
