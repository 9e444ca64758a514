package dev.groundwork.query.sports;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folding of names and question text for matching: accents removed, lower case, punctuation made spaces. */
final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * Cypher: tournament {@code x} is a World Cup (the World Cup database's competitions, or StatsBomb's
     * World Cups the graph did not already have). "All-time" and "World Cup" questions count only
     * these, so a league season or a Euro in the same graph never adds to a player's World Cup goals.
     */
    static final String IS_WORLD_CUP = "EXISTS { (x)-[:IN_COMPETITION]->(wc:Competition)"
            + " WHERE wc.competitionId STARTS WITH 'FIFA-WC-' OR wc.name IN ['FIFA World Cup', \"Women's World Cup\"] }";

    /**
     * Cypher: match {@code m} is of the stage the question names ({@code $stage}, '' for any): a count or ranking over a
     * tournament or a career honours "in the final", "in the group stage" instead of dropping it.
     */
    static final String AT_STAGE = "($stage = '' OR m.stage = $stage)";

    private Names() {}

    static String fold(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NON_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
