package dev.groundwork.query.sports.eval;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.query.sports.eval.CsvTable.Row;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The plain-RAG baseline of issue 4: every row of every data CSV is a sentence with its column
 * names, BM25 (Lucene's default similarity) retrieves the 10 best rows for the question, and the
 * answer is read from them by the answer type the question asks for ({@link AnswerType}): the
 * value of the best-ranked row that has a column of that type, or for counts the number of
 * retrieved rows that match (same file as the best row, and every year and capitalised name of
 * the question among its words). It reads only the question text. Thread-safe once built.
 */
final class RagBaseline implements SportsSystem {
    static final int TOP_K = 10;
    private static final String TEXT = "text";
    private static final String ROW = "row";
    private static final Pattern KEY_WORD = Pattern.compile("\\b(\\d{4}|\\p{Lu}[\\p{L}'-]*)");

    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    private final List<Row> rows;

    private RagBaseline(Analyzer analyzer, IndexSearcher searcher, List<Row> rows) {
        this.analyzer = analyzer;
        this.searcher = searcher;
        this.rows = rows;
    }

    /** Indexes every row of the given data files; {@link RowSentences#TABLES} is all of them. */
    static RagBaseline build(WorldCupData data, List<String> tables) {
        Analyzer analyzer = new FoldingAnalyzer();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        List<Row> rows = new ArrayList<>();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (String table : tables) {
                CsvTable csv = data.table(table);
                for (Row row : csv.rows()) {
                    Document doc = new Document();
                    doc.add(new TextField(TEXT, RowSentences.sentence(table, csv.header(), row), Field.Store.NO));
                    doc.add(new StoredField(ROW, rows.size()));
                    rows.add(row);
                    writer.addDocument(doc);
                }
            }
            writer.commit();
            return new RagBaseline(analyzer, new IndexSearcher(DirectoryReader.open(directory)), List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the in-memory BM25 index", e);
        }
    }

    @Override
    public SportsAnswer answer(String question) {
        List<Row> retrieved = retrieve(question);
        if (retrieved.isEmpty()) {
            return SportsAnswer.cannotAnswer();
        }
        AnswerType type = AnswerType.of(question);
        if (type == AnswerType.COUNT) {
            return SportsAnswer.of(countMatching(question, retrieved));
        }
        return retrieved.stream().map(type::value).flatMap(Optional::stream).findFirst()
                .map(SportsAnswer::of).orElse(SportsAnswer.cannotAnswer());
    }

    /** How many rows the index holds. */
    int size() {
        return rows.size();
    }

    List<Row> retrieve(String question) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms(question)) {
            query.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD);
        }
        try {
            List<Row> found = new ArrayList<>(TOP_K);
            for (ScoreDoc hit : searcher.search(query.build(), TOP_K).scoreDocs) {
                int index = searcher.storedFields().document(hit.doc).getField(ROW).numericValue().intValue();
                found.add(rows.get(index));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the in-memory BM25 index", e);
        }
    }

    /** Rows from the best row's file that contain every year and capitalised name (after the first word) of the question. */
    private long countMatching(String question, List<Row> retrieved) {
        Set<String> keys = keyTerms(question);
        String file = retrieved.getFirst().file();
        return retrieved.stream()
                .filter(r -> r.file().equals(file))
                .filter(r -> terms(String.join(" ", r.values())).containsAll(keys))
                .count();
    }

    private Set<String> keyTerms(String question) {
        String afterFirstWord = question.strip().replaceFirst("^\\S+", "");
        Matcher matcher = KEY_WORD.matcher(afterFirstWord);
        StringBuilder keys = new StringBuilder();
        while (matcher.find()) {
            keys.append(matcher.group()).append(' ');
        }
        return Set.copyOf(terms(keys.toString()));
    }

    private List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new BadInputException("cannot analyse the text '" + text + "': " + e.getMessage(), e);
        }
        return terms;
    }

    /** Standard tokens, lower case, accents folded ("mbappe" finds "Mbappé"), English stop words removed. */
    private static final class FoldingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new StopFilter(new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }

    @Override
    public String toString() {
        return "rag(BM25 top " + TOP_K + " over " + rows.size() + " rows)";
    }
}
