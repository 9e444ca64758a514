package dev.groundwork.query.sports;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folding of names and question text for matching: accents removed, lower case, punctuation made spaces. */
final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Names() {}

    static String fold(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NON_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
