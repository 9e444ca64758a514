package dev.groundwork.api.ask;

import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    private Sentences() {}

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
