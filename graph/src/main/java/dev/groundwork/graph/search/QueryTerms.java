package dev.groundwork.graph.search;

import dev.groundwork.graph.UnavailableException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The terms a query text is searched by, in both index kinds: each analysed term with how often the text has it
 * (its weight, as in BM25 over a query of that text) and the first word of the text it came from. A very long text
 * keeps its {@value #MAX_TERMS} most frequent terms. Stateless; thread-safe as the analyser is.
 */
final class QueryTerms {
    /** Lucene's default limit on clauses, less room for the filters. */
    static final int MAX_TERMS = 1000;

    /**
     * One query term.
     *
     * @param term the analysed term, as the index holds it
     * @param surface the lower-cased word of the query text that analyses to it
     * @param count how often the text has it
     */
    record Term(String term, String surface, int count) {}

    private QueryTerms() {}

    static List<Term> of(Analyzer analyzer, String field, String text) {
        Map<String, Term> terms = new LinkedHashMap<>();
        try (TokenStream ts = analyzer.tokenStream(field, text == null ? "" : text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                String surface = text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT);
                terms.merge(t, new Term(t, surface, 1), (a, b) -> new Term(a.term(), a.surface(), a.count() + 1));
            }
            ts.end();
        } catch (IOException e) {
            throw new UnavailableException("cannot analyse the query text: " + e.getMessage(), e);
        }
        return terms.values().stream()
                .sorted(Comparator.comparingInt(Term::count).reversed().thenComparing(Term::term))
                .limit(MAX_TERMS)
                .toList();
    }
}
