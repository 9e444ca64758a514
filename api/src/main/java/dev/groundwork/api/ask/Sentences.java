package dev.groundwork.api.ask;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English of extractive answers: counts with the right number ("1 node", "2 nodes"), lists ("a, b or c"), and
 * commonsense relations as verb phrases ("is usually found at", not "AtLocation"). Stateless and thread-safe.
 *
 * <pre>{@code
 * Sentences.count(1, "cited node");                     // "1 cited node"
 * Sentences.list(List.of("bed", "sofa", "basket"), "or"); // "bed, sofa or basket"
 * Sentences.relation("AtLocation");                     // "is usually found at"
 * }</pre>
 */
final class Sentences {
    /** ConceptNet's relations as verb phrases joining head to tail. */
    private static final Map<String, String> RELATIONS = Map.ofEntries(
            Map.entry("AtLocation", "is usually found at"),
            Map.entry("LocatedNear", "is usually near"),
            Map.entry("UsedFor", "is used for"),
            Map.entry("CapableOf", "can"),
            Map.entry("NotCapableOf", "cannot"),
            Map.entry("IsA", "is a kind of"),
            Map.entry("HasA", "has"),
            Map.entry("HasProperty", "is"),
            Map.entry("MadeOf", "is made of"),
            Map.entry("PartOf", "is part of"),
            Map.entry("Causes", "causes"),
            Map.entry("CausesDesire", "makes you want to"),
            Map.entry("Desires", "wants"),
            Map.entry("NotDesires", "does not want"),
            Map.entry("MotivatedByGoal", "is done to"),
            Map.entry("HasPrerequisite", "needs"),
            Map.entry("HasSubevent", "involves"),
            Map.entry("HasFirstSubevent", "starts with"),
            Map.entry("HasLastSubevent", "ends with"),
            Map.entry("ReceivesAction", "can be"),
            Map.entry("CreatedBy", "is created by"),
            Map.entry("DefinedAs", "is defined as"),
            Map.entry("SymbolOf", "is a symbol of"),
            Map.entry("InstanceOf", "is an instance of"),
            Map.entry("RelatedTo", "is related to"),
            Map.entry("Synonym", "means the same as"),
            Map.entry("Antonym", "is the opposite of"),
            Map.entry("DerivedFrom", "is derived from"),
            Map.entry("SimilarTo", "is similar to"),
            Map.entry("MannerOf", "is a way to"),
            Map.entry("Entails", "entails"));

    /** The words a yes/no question starts with ("Did Brazil ...?", "Is there ...?"). */
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "do", "does", "did", "has", "have", "had",
            "can", "could", "will", "would", "should", "shall", "may", "might", "must");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Sentences() {}

    /** Whether {@code question} asks yes or no: its first word is an auxiliary verb ("Did", "Is", "Has"). */
    static boolean isPolar(String question) {
        Matcher m = WORD.matcher(question);
        return m.find() && AUXILIARIES.contains(m.group().toLowerCase(Locale.ROOT));
    }

    /** Whether {@code value} is a yes/no answer. */
    static boolean isYesOrNo(String value) {
        return Set.of("yes", "no", "true", "false").contains(value.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether {@code text} names {@code value} as whole words, ignoring case ("Germany" in "Who did Germany beat?"). */
    static boolean names(String text, String value) {
        String v = value.strip();
        return !v.isEmpty() && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(v) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }

    /**
     * An object of a verb phrase, without its first word where the phrase already ends with it ("at repair shop" after
     * "is usually found at": "repair shop").
     */
    static String object(String verbPhrase, String object) {
        String last = verbPhrase.substring(verbPhrase.lastIndexOf(' ') + 1);
        String o = object.strip();
        boolean repeated = o.length() > last.length() + 1 && o.regionMatches(true, 0, last + " ", 0, last.length() + 1);
        return repeated ? o.substring(last.length() + 1) : o;
    }

    /** {@code n} and the noun, plural unless {@code n} is 1 ("1 cited node", "0 cited nodes"). */
    static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }

    /** "a", "a or b", "a, b or c" with {@code conjunction} ("and", "or") before the last item. */
    static String list(List<String> items, String conjunction) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " " + items.getLast();
    }

    /**
     * A relation as a verb phrase: ConceptNet's names from a table; any other name (a graph's own relationship type) in
     * words, "WORKS_FOR" and "worksFor" as "works for".
     */
    static String relation(String type) {
        String known = RELATIONS.get(type);
        if (known != null) {
            return known;
        }
        return type.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT).strip();
    }

    /** The text with its first letter in upper case. */
    static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
