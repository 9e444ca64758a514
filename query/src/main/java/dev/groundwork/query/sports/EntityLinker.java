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
 * Finds the teams, players, stadiums and awards a question names, with an in-memory Lucene index
 * of the graph's names: exact (accent- and case-folded) names and aliases first, then family names
 * of players, then fuzzy names (one or two edits) for misspellings. Spans are tried longest first
 * and must start and end with a capitalised word, so that ordinary words never link. Historical
 * names are distinct entries: "West Germany" links to West Germany, never to Germany.
 *
 * <p>Thread-safe after construction (the searcher is read-only).
 */
final class EntityLinker {
    enum Kind { TEAM, PLAYER, STADIUM, AWARD }

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
    // Capitalised words that start questions or name the competition, never an entity on their own.
    private static final Set<String> NOT_NAMES = Set.of("what", "who", "which", "how", "when", "where", "did", "does", "was",
            "were", "is", "in", "at", "the", "world", "cup", "fifa", "group", "name", "list", "give", "tell", "has", "have",
            "men", "women", "men's", "women's", "final", "semi", "quarter", "round", "on", "of");

    private final List<Entry> entries;
    private final IndexSearcher searcher;

    EntityLinker(List<Entry> entries, List<String[]> aliases) {
        this.entries = List.copyOf(entries);
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer()))) {
                for (int i = 0; i < entries.size(); i++) {
                    Entry e = entries.get(i);
                    add(w, i, "exact", Names.fold(e.name()));
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
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(question);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        boolean[] used = new boolean[words.size()];
        List<Mention> found = new ArrayList<>();
        for (String field : List.of("exact", "family", "fuzzy")) {
            for (int len = Math.min(MAX_SPAN, words.size()); len >= 1; len--) {
                for (int i = 0; i + len <= words.size(); i++) {
                    if (free(used, i, len) && nameLike(question, words, i, len)) {
                        int start = words.get(i)[0];
                        int end = words.get(i + len - 1)[1];
                        String text = question.substring(start, end).replaceAll("['’.]+$", "").replaceAll("['’]s$", "");
                        List<Entry> hits = search(field, Names.fold(text));
                        if (!hits.isEmpty()) {
                            java.util.Arrays.fill(used, i, i + len, true);
                            found.add(new Mention(hits.getFirst().kind(), start, end, text, hits));
                        }
                    }
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(Mention::start));
        return found;
    }

    private static boolean free(boolean[] used, int from, int len) {
        for (int i = from; i < from + len; i++) {
            if (used[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean nameLike(String q, List<int[]> words, int i, int len) {
        String first = q.substring(words.get(i)[0], words.get(i)[1]);
        String last = q.substring(words.get(i + len - 1)[0], words.get(i + len - 1)[1]);
        return capitalised(first) && capitalised(last) && !NOT_NAMES.contains(Names.fold(first).replace(" ", "'"))
                && !(len == 1 && NOT_NAMES.contains(first.toLowerCase(java.util.Locale.ROOT)));
    }

    private static boolean capitalised(String word) {
        return Character.isUpperCase(word.codePointAt(0));
    }

    private List<Entry> search(String field, String folded) {
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
            return preferOneKind(new ArrayList<>(hits));
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
