package dev.groundwork.query.sports;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the teams, players, stadiums, awards, referees and managers a question names, with an in-memory Lucene index
 * of the graph's names: exact (accent- and case-folded) names and aliases first, then family names
 * of players, then fuzzy names (one or two edits) for misspellings. Spans are tried longest first
 * and must start and end with a capitalised word, so that ordinary words never link. Historical
 * names are distinct entries: "West Germany" links to West Germany, never to Germany.
 *
 * <p>Thread-safe after construction (the searcher is read-only).
 */
final class EntityLinker {
    /** What a name is; a name of several kinds is read as the first of them (a manager who played is the player). */
    enum Kind { TEAM, PLAYER, STADIUM, AWARD, REFEREE, MANAGER,
        /** A city matches were played in (a stadium's {@code city}); its id is its name. Linked only when written with a capital. */
        CITY }

    /** A name known to the graph: its kind, node key and display name. */
    record Entry(Kind kind, String id, String name, String familyName) {}

    /** A span of the question linked to one or more candidate entities of one kind (more than one: ambiguous). */
    record Mention(Kind kind, int start, int end, String text, List<Entry> candidates) {
        boolean ambiguous() {
            return candidates.stream().map(Entry::id).distinct().count() > 1;
        }
    }

    private static final int MAX_SPAN = 5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
    // Words of questions that are never a name on their own, whatever their case; lower-case text is
    // linked only when it avoids them, so that "best young player" never becomes a player called Young.
    private static final Set<String> COMMON = Set.of("a", "an", "and", "the", "of", "in", "at", "on", "for", "to", "by", "vs", "v",
            "versus", "against", "what", "who", "whom", "which", "how", "when", "where", "why", "did", "does", "do", "was", "were", "is",
            "are", "has", "have", "had", "be", "been", "world", "cup", "cups", "fifa", "group", "name", "list", "give", "tell", "men",
            "women", "mens", "womens", "final", "finals", "semi", "quarter", "round", "many", "much", "most", "more", "goal", "goals",
            "score", "scored", "scorer", "scorers", "win", "won", "winner", "lost", "lose", "match", "matches", "game", "games", "play",
            "played", "player", "players", "team", "teams", "country", "countries", "nation", "nations", "year", "years", "best",
            "young", "golden", "silver", "bronze", "ball", "boot", "glove", "award", "red", "yellow", "card", "cards", "penalty",
            "penalties", "shootout", "shoot", "out", "own", "hat", "trick", "tricks", "total", "all", "time", "ever", "first", "last",
            "second", "third", "fourth", "place", "stage", "record", "head", "coach", "manager", "referee", "stadium", "venue", "date",
            "day", "points", "point", "host", "hosted", "hosts", "held", "champion", "champions", "title", "titles", "qualify", "qualified",
            "sent", "off", "big", "biggest", "wins", "draw", "between", "their", "his", "her", "its", "they", "it", "there",
            "that", "this", "with", "from", "as", "or", "not", "no", "yes", "so", "up", "city", "long", "top", "number", "times",
            "often", "far", "go", "get", "got", "make", "made", "end", "result", "side", "sides", "both", "each", "lead", "leading", "xi");

    private final List<Entry> entries;
    private final IndexSearcher searcher;
    private final Set<String> demonyms = new java.util.HashSet<>();

    /** Whether {@code text} is a demonym ("Dutch", "Germans"), which names a team only where it stands for one. */
    boolean demonym(String text) {
        return demonyms.contains(Names.fold(text));
    }

    EntityLinker(List<Entry> entries, List<String[]> aliases) {
        this(entries, aliases, List.of());
    }

    /**
     * A linker that also reads {@code demonyms} (pairs of a demonym and a team name, "Dutch" and "Netherlands"; a demonym of
     * several teams is in several pairs, and links to all of them: ambiguous until a tournament narrows it).
     */
    EntityLinker(List<Entry> entries, List<String[]> aliases, List<String[]> demonyms) {
        this.entries = List.copyOf(entries);
        demonyms.forEach(d -> this.demonyms.add(Names.fold(d[0])));
        aliases = java.util.stream.Stream.concat(aliases.stream(), demonyms.stream()).toList();
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer()))) {
                for (int i = 0; i < entries.size(); i++) {
                    Entry e = entries.get(i);
                    add(w, i, "exact", Names.fold(e.name()));
                    if (e.kind() == Kind.AWARD) {
                        // "How many Golden Balls has Messi won?": an award counted is named in the plural.
                        add(w, i, "exact", Names.fold(e.name()) + "s");
                    }
                    if (e.kind() == Kind.PLAYER && e.familyName() != null) {
                        add(w, i, "family", Names.fold(e.familyName()));
                    }
                    for (String[] alias : aliases) {
                        if (alias[1].equals(e.name()) && e.kind() == Kind.TEAM) {
                            add(w, i, "exact", Names.fold(alias[0]));
                        }
                    }
                }
            }
            searcher = new IndexSearcher(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory name index", e);
        }
    }

    private static void add(IndexWriter w, int ordinal, String field, String value) throws IOException {
        Document d = new Document();
        d.add(new StringField(field, value, Field.Store.NO));
        d.add(new StoredField("ordinal", ordinal));
        w.addDocument(d);
    }

    /** The entities the question names, left to right, without overlaps. */
    List<Mention> link(String question) {
        List<String> words = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        Matcher m = WORD.matcher(question);
        while (m.find()) {
            int hyphen = pairHyphen(m.group());
            if (hyphen > 0) {
                // "Barcelona-Girona": two teams written as one word are two names.
                spans.add(new int[] {m.start(), m.start() + hyphen});
                words.add(m.group().substring(0, hyphen));
                spans.add(new int[] {m.start() + hyphen + 1, m.end()});
                words.add(m.group().substring(hyphen + 1));
                continue;
            }
            spans.add(new int[] {m.start(), m.end()});
            words.add(m.group());
        }
        boolean[] used = new boolean[words.size()];
        // In a question written with capitals, a lower-case word is no family name ("held" is not Sigfried Held).
        boolean cased = question.codePoints().anyMatch(Character::isUpperCase);
        List<Mention> found = new ArrayList<>();
        for (String field : List.of("exact", "family", "fuzzy")) {
            for (int len = Math.min(MAX_SPAN, words.size()); len >= 1; len--) {
                for (int i = 0; i + len <= words.size(); i++) {
                    if (!free(used, i, len) || !linkable(field, words.subList(i, i + len))
                            || field.equals("family") && cased && !capitalised(words.get(i))) {
                        continue;
                    }
                    int start = spans.get(i)[0];
                    int end = spans.get(i + len - 1)[1];
                    String text = question.substring(start, end).replaceAll("['’]s$", "").replaceAll("['’.]+$", "");
                    List<Entry> hits = placeOverClub(question, start, end, searchAll(field, Names.fold(text)));
                    if (field.equals("exact") && len == 1 && hits.size() == 1 && hits.getFirst().kind() == Kind.PLAYER) {
                        // "Ronaldo" is a mononymous player's whole name and other players' family name: ambiguous as typed.
                        Set<Entry> both = new LinkedHashSet<>(hits);
                        both.addAll(search("family", Names.fold(text)));
                        hits = List.copyOf(both);
                    }
                    if (!hits.isEmpty() && hits.getFirst().kind() == Kind.CITY && !capitalised(words.get(i))) {
                        // "nice", "lens": a city is a proper name, never a lower-case word.
                        continue;
                    }
                    if (!hits.isEmpty()) {
                        java.util.Arrays.fill(used, i, i + len, true);
                        found.add(new Mention(hits.getFirst().kind(), start, end, text, hits));
                    }
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(Mention::start));
        return found;
    }

    /** "in " right before a name: a place ("played in Liverpool", "the 2006 final in Berlin"). */
    private static final Pattern IN_BEFORE = Pattern.compile("\\bin\\s+$", Pattern.CASE_INSENSITIVE);
    /** A name that pairs with another team ("in Liverpool v Chelsea", "in Leverkusen's win") is the club even after "in". */
    private static final Pattern PAIRED_AFTER = Pattern.compile("^(['’]s\\b|\\s*(v|vs\\.?|versus|against|and|[-–])(\\s|$))",
            Pattern.CASE_INSENSITIVE);

    /**
     * The hits of one kind ({@link #preferOneKind}), or the cities among {@code all} when the name is both a club's short name and a city that hosted matches ("Liverpool",
     * "Berlin", "Dortmund") and the question puts it after "in" without pairing it with another team: "the 2006 final in
     * Berlin" is a place, not 1. FC Union Berlin; "Liverpool v Chelsea" and "in Liverpool's win" stay the club.
     */
    private static List<Entry> placeOverClub(String question, int start, int end, List<Entry> all) {
        List<Entry> hits = preferOneKind(all);
        if (hits.isEmpty() || hits.getFirst().kind() != Kind.TEAM || all.stream().noneMatch(h -> h.kind() == Kind.CITY)
                || !IN_BEFORE.matcher(question.substring(0, start)).find() || PAIRED_AFTER.matcher(question.substring(end)).find()
                || question.substring(start, end).matches("(?s).*['’]s")) {
            return hits;
        }
        return all.stream().filter(h -> h.kind() == Kind.CITY).toList();
    }

    /**
     * The position of the one hyphen of {@code word} that joins two team names ("Barcelona-Girona"), or -1: only when the
     * whole word is no name ("Guinea-Bissau", "Jean-Pierre" stay one word) and each side is exactly one team's name.
     */
    private int pairHyphen(String word) {
        int at = word.indexOf('-');
        if (at <= 0 || at != word.lastIndexOf('-') || at == word.length() - 1 || !search("exact", Names.fold(word)).isEmpty()
                || !search("family", Names.fold(word)).isEmpty()) {
            return -1;
        }
        for (String side : List.of(word.substring(0, at), word.substring(at + 1))) {
            List<Entry> hits = search("exact", Names.fold(side));
            if (hits.size() != 1 || hits.getFirst().kind() != Kind.TEAM) {
                return -1;
            }
        }
        return at;
    }

    /**
     * Whether a span may name something: its ends are not common question words (unless it is an
     * exact name of several words); fuzzy matches
     * need capitalised ends and six letters, single words three letters (four for family names).
     */
    private static boolean linkable(String field, List<String> span) {
        String first = span.getFirst();
        String last = span.getLast();
        // A name of several words is specific enough ("Golden Ball", "Best Young Player") even if its words are common.
        if ((common(first) || common(last)) && !(field.equals("exact") && span.size() > 1)) {
            return false;
        }
        int letters = String.join("", span).length();
        return switch (field) {
            case "exact" -> letters >= 2 && (span.size() > 1 || letters >= 3 || capitalised(first));
            case "family" -> span.size() <= 2 && letters >= 4;
            default -> capitalised(first) && capitalised(last) && letters >= 6;
        };
    }

    static boolean common(String word) {
        return COMMON.contains(Names.fold(word.replaceAll("['’]s$", "")).replace(" ", ""));
    }

    private static boolean free(boolean[] used, int from, int len) {
        for (int i = from; i < from + len; i++) {
            if (used[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean capitalised(String word) {
        return Character.isUpperCase(word.codePointAt(0));
    }

    private List<Entry> search(String field, String folded) {
        return preferOneKind(searchAll(field, folded));
    }

    /** Every entry {@code folded} names in {@code field}, of any kind. */
    private List<Entry> searchAll(String field, String folded) {
        if (folded.isEmpty()) {
            return List.of();
        }
        Query q = switch (field) {
            case "exact" -> new TermQuery(new Term("exact", folded));
            case "family" -> new TermQuery(new Term("family", folded));
            default -> folded.length() < 6 ? null : new BooleanQuery.Builder()
                    .add(new FuzzyQuery(new Term("exact", folded), folded.length() < 10 ? 1 : 2, 1), BooleanClause.Occur.SHOULD)
                    .build();
        };
        if (q == null) {
            return List.of();
        }
        try {
            ScoreDoc[] docs = searcher.search(q, 20).scoreDocs;
            Set<Entry> hits = new LinkedHashSet<>();
            float best = docs.length == 0 ? 0 : docs[0].score;
            for (ScoreDoc d : docs) {
                // Fuzzy hits: keep only the closest ones, so that one near name does not become ambiguous with a farther one.
                if (field.equals("fuzzy") && d.score < best) {
                    continue;
                }
                hits.add(entries.get(searcher.storedFields().document(d.doc).getField("ordinal").numericValue().intValue()));
            }
            return new ArrayList<>(hits);
        } catch (IOException e) {
            throw new UncheckedIOException("searching the name index", e);
        }
    }

    /** A name that is both a team and something else (a stadium named after a city) is read as the team. */
    private static List<Entry> preferOneKind(List<Entry> hits) {
        for (Kind k : Kind.values()) {
            List<Entry> ofKind = hits.stream().filter(e -> e.kind() == k).toList();
            if (!ofKind.isEmpty()) {
                return ofKind;
            }
        }
        return hits;
    }
}
