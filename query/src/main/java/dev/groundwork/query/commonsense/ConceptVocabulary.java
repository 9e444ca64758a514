package dev.groundwork.query.commonsense;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.PositiveIntOutputs;
import org.apache.lucene.util.fst.Util;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The concept names as a Lucene FST from normalised token sequences to concepts, and the
 * leftmost-longest n-gram matcher over it. Normalisation is Lucene's English analysis: lower case,
 * possessives and stop words removed, Porter stemming, so "dogs barking" reaches "dog" and "bark",
 * and "play on the ice" reaches "play on ice". Matching walks the FST arc by arc from each token,
 * so its cost depends on the text, not on the vocabulary size. Immutable and thread-safe.
 */
final class ConceptVocabulary {
    /** Joins normalised tokens in FST keys; the analyzer never emits it inside a token. */
    private static final byte SEPARATOR = ' ';
    private static final Analyzer ANALYZER = new EnglishAnalyzer();

    private final FST<Long> fst;
    private final String[] uris;
    private final String[] names;

    /** A concept name found in a text: characters {@code [start, end)} of it. */
    record Match(String uri, String name, String surface, int start, int end) {}

    private record Token(String term, int start, int end) {}

    private ConceptVocabulary(FST<Long> fst, String[] uris, String[] names) {
        this.fst = fst;
        this.uris = uris;
        this.names = names;
    }

    /**
     * Builds the vocabulary from (uri, name) pairs. Names that normalise to nothing (only stop words)
     * cannot be matched; names that normalise alike share one entry, the shortest name winning.
     */
    static ConceptVocabulary build(Iterable<Map.Entry<String, String>> concepts) {
        Map<String, String[]> byKey = new HashMap<>();
        for (var c : concepts) {
            String key = key(c.getValue());
            if (key.isEmpty()) {
                continue;
            }
            byKey.merge(key, new String[] {c.getKey(), c.getValue()}, (a, b) -> preferred(a, b) ? a : b);
        }
        BytesRef[] keys = byKey.keySet().stream().map(BytesRef::new).toArray(BytesRef[]::new);
        Arrays.sort(keys);
        String[] uris = new String[keys.length];
        String[] names = new String[keys.length];
        try {
            FSTCompiler<Long> compiler = new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE1, PositiveIntOutputs.getSingleton())
                    .build();
            IntsRefBuilder scratch = new IntsRefBuilder();
            for (int i = 0; i < keys.length; i++) {
                String[] concept = byKey.get(keys[i].utf8ToString());
                uris[i] = concept[0];
                names[i] = concept[1];
                compiler.add(Util.toIntsRef(keys[i], scratch), (long) i);
            }
            FST<Long> fst = keys.length == 0 ? null : FST.fromFSTReader(compiler.compile(), compiler.getFSTReader());
            return new ConceptVocabulary(fst, uris, names);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the concept vocabulary: " + e.getMessage(), e);
        }
    }

    int size() {
        return uris.length;
    }

    /** The concepts named in {@code text}, leftmost-longest and not overlapping, in text order. */
    List<Match> match(String text) {
        List<Token> tokens = tokens(text);
        List<Match> out = new ArrayList<>();
        if (fst == null) {
            return out;
        }
        FST.BytesReader in = fst.getBytesReader();
        int i = 0;
        while (i < tokens.size()) {
            long[] found = longest(tokens, i, in);
            if (found == null) {
                i++;
                continue;
            }
            int last = (int) found[0];
            int ord = (int) found[1];
            int start = tokens.get(i).start();
            int end = tokens.get(last).end();
            out.add(new Match(uris[ord], names[ord], text.substring(start, end), start, end));
            i = last + 1;
        }
        return out;
    }

    /** {last token index, ordinal} of the longest concept starting at token {@code from}, or null. */
    private long[] longest(List<Token> tokens, int from, FST.BytesReader in) {
        try {
            FST.Arc<Long> arc = fst.getFirstArc(new FST.Arc<>());
            long output = 0;
            long[] best = null;
            for (int t = from; t < tokens.size(); t++) {
                if (t > from) {
                    if (fst.findTargetArc(SEPARATOR, arc, arc, in) == null) {
                        return best;
                    }
                    output += arc.output();
                }
                BytesRef term = new BytesRef(tokens.get(t).term());
                for (int b = 0; b < term.length; b++) {
                    if (fst.findTargetArc(term.bytes[term.offset + b] & 0xFF, arc, arc, in) == null) {
                        return best;
                    }
                    output += arc.output();
                }
                if (arc.isFinal()) {
                    best = new long[] {t, output + arc.nextFinalOutput()};
                }
            }
            return best;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The normalised form of a name: its analysed tokens joined by a space. */
    static String key(String name) {
        return String.join(" ", tokens(name).stream().map(Token::term).toList());
    }

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        try (TokenStream ts = ANALYZER.tokenStream("name", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Of two concepts with the same normalised name, the one whose name is closest to the normal form wins. */
    private static boolean preferred(String[] a, String[] b) {
        if (a[1].length() != b[1].length()) {
            return a[1].length() < b[1].length();
        }
        return a[0].compareTo(b[0]) <= 0;
    }
}
