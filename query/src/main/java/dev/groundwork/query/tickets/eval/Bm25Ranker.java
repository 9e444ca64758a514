package dev.groundwork.query.tickets.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Lucene BM25 over summary and description in one field. Query terms are scored one by one and summed, which is what a
 * disjunction of term queries computes, because a long description has more distinct terms than Lucene lets one boolean
 * query hold; a term repeated in the query counts as often as it appears, through its boost.
 */
final class Bm25Ranker implements Ranker {
    private static final String TEXT = "text";
    private static final String ID = "id";

    private final Analyzer analyzer = new StandardAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final String[] ids;

    Bm25Ranker(List<BenchmarkTicket> tickets) {
        try {
            index(tickets);
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity(1.2f, 0.75f));
            ids = storedIds();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the in-memory BM25 index", e);
        }
    }

    private void index(List<BenchmarkTicket> tickets) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity(1.2f, 0.75f));
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (BenchmarkTicket t : tickets) {
                Document doc = new Document();
                doc.add(new StoredField(ID, t.id()));
                doc.add(new TextField(TEXT, t.text(), Field.Store.NO));
                writer.addDocument(doc);
            }
        }
    }

    private String[] storedIds() throws IOException {
        String[] out = new String[reader.maxDoc()];
        StoredFields stored = reader.storedFields();
        for (int d = 0; d < out.length; d++) {
            out[d] = stored.document(d).get(ID);
        }
        return out;
    }

    @Override
    public List<String> rank(BenchmarkTicket query) {
        try {
            float[] scores = new float[ids.length];
            for (Map.Entry<String, Integer> term : termCounts(query.text()).entrySet()) {
                addScores(term.getKey(), term.getValue(), scores);
            }
            return IntStream.range(0, ids.length)
                    .filter(d -> scores[d] > 0 && !ids[d].equals(query.id()))
                    .boxed()
                    .sorted(Comparator.comparingDouble((Integer d) -> -scores[d]).thenComparing(d -> ids[d]))
                    .map(d -> ids[d])
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the in-memory BM25 index", e);
        }
    }

    private void addScores(String term, int count, float[] scores) throws IOException {
        TermQuery query = new TermQuery(new Term(TEXT, term));
        Weight weight = searcher.createWeight(searcher.rewrite(new BoostQuery(query, count)), ScoreMode.COMPLETE, 1f);
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            DocIdSetIterator it = scorer.iterator();
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                scores[leaf.docBase + d] += scorer.score();
            }
        }
    }

    private Map<String, Integer> termCounts(String text) throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                counts.merge(term.toString(), 1, Integer::sum);
            }
            stream.end();
        }
        return counts;
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
            analyzer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the in-memory BM25 index", e);
        }
    }
}
