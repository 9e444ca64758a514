package dev.groundwork.query.tickets;

// Lives in the retriever's package to read its package-private graph snapshot; compiled apart from the project (see below).

import dev.groundwork.graph.embedding.EmbeddingModel;
import dev.groundwork.graph.embedding.TextEmbedder;
import dev.groundwork.graph.search.SearchIndex;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.store.StoreConfig;
import dev.groundwork.query.tickets.eval.BenchmarkTicket;
import dev.groundwork.query.tickets.eval.DuplicateBenchmark;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.*;
import org.apache.lucene.search.*;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import java.io.*;
import java.nio.*;
import java.nio.file.*;
import java.util.*;

/**
 * Dumps the evidence of the ticket benchmark's queries for offline experiments with fusion (docs/tickets.md, "How the
 * default was chosen"): every section vector of the index (docs.tsv, vecs.f32), the graph's links and mentions, and per
 * query its BM25 section hits (whole text, title, body, and the whole text expanded by RM3; 2,000 each), its dense
 * section hits (title, body, and the body's BERT-MaxP passages; 300 each), its vectors and the default retriever's
 * ranking (hits.tsv, lines "QUERY\tjava\tKEY,KEY,..."). Not part of the build. About 10 minutes for hadoop on a loaded
 * machine.
 *
 * <pre>
 * ./groundwork eval tickets --data ../shared/data/tickets/hadoop --db /tmp/tk --bolt-port 0 --systems graph   # ingests
 * javac -cp "api/target/groundwork.jar:api/target/lib/*" -d /tmp/tkd tools/bench/TicketEvidenceDump.java
 * java --enable-native-access=ALL-UNNAMED -cp "/tmp/tkd:api/target/groundwork.jar:api/target/lib/*" \
 *     dev.groundwork.query.tickets.TicketEvidenceDump /tmp/tk ../shared/data/tickets/hadoop /tmp/tk-dump
 * python3 tools/bench/ticket_fusion_lab.py /tmp/tk-dump ../shared/data/tickets/hadoop/bugs.csv
 * </pre>
 */
public class TicketEvidenceDump {
    public static void main(String[] a) throws Exception {
        Path db = Path.of(a[0]); Path data = Path.of(a[1]); Path out = Path.of(a[2]);
        Files.createDirectories(out);
        Path idxDir = SearchIndex.directory(db, "tickets");
        // all vectors
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(idxDir));
             PrintWriter meta = new PrintWriter(Files.newBufferedWriter(out.resolve("docs.tsv")));
             DataOutputStream vec = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(out.resolve("vecs.f32"))))) {
            for (LeafReaderContext ctx : r.leaves()) {
                LeafReader leaf = ctx.reader();
                FloatVectorValues fv = leaf.getFloatVectorValues("vector");
                var stored = leaf.storedFields();
                Bits live = leaf.getLiveDocs();
                KnnVectorValues.DocIndexIterator it = fv.iterator();
                for (int doc = it.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    if (live != null && !live.get(doc)) continue;
                    var d = stored.document(doc);
                    float[] v = fv.vectorValue(it.index());
                    String text = d.get("text") == null ? "" : d.get("text");
                    meta.println(d.get("id") + "\t" + d.get("group") + "\t" + d.get("kind") + "\t" + text.length());
                    ByteBuffer bb = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
                    for (float f : v) bb.putFloat(f);
                    vec.write(bb.array());
                }
            }
        }
        try (GraphStore store = GraphStore.open(StoreConfig.builder().dataDir(db).boltPort(0).build());
             SearchIndex index = SearchIndex.open(idxDir)) {
            TicketGraph g = TicketGraph.read(store);
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("links.tsv")))) {
                store.read(tx -> { tx.run(TicketGraph.LINKS).forEachRemaining(rr -> w.println(rr.get("a").asString() + "\t" + rr.get("b").asString() + "\t" + rr.get("type").asString() + "\t" + rr.get("score").asDouble())); return null; });
            }
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("mentions.tsv")))) {
                store.read(tx -> { tx.run("MATCH (t:Ticket)-[:HAS_SECTION]->(:Section)-[:MENTIONS]->(m:Mention) RETURN t.key AS t, m.kind AS k, m.value AS v").forEachRemaining(rr -> w.println(rr.get("t").asString() + "\t" + rr.get("k").asString() + "\t" + rr.get("v").asString())); return null; });
            }
            DuplicateBenchmark bench = DuplicateBenchmark.loadHadoop(data);
            Map<String, BenchmarkTicket> byId = new HashMap<>();
            bench.tickets().forEach(t -> byId.put(t.id(), t));
            DirectoryReader prfReader = DirectoryReader.open(FSDirectory.open(idxDir));
            IndexSearcher prf = new IndexSearcher(prfReader);
            // The index does not store section texts: RM3 reads them from the graph.
            store.read(tx -> { tx.run("MATCH (s:Section) RETURN s.id AS id, s.text AS text").forEachRemaining(rr -> SECTION_TEXT.put(rr.get("id").asString(), rr.get("text").asString(""))); return null; });
            prf.setSimilarity(new BM25Similarity(1.2f, 0.75f));
            TextEmbedder emb = TextEmbedder.shared(index.embeddingModel().orElse(EmbeddingModel.TICKETS_DEFAULT));
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("hits.tsv")));
                 PrintWriter q = new PrintWriter(Files.newBufferedWriter(out.resolve("queries.tsv")));
                 DataOutputStream qv = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(out.resolve("qvecs.f32"))))) {
                for (String id : bench.queryIds()) {
                    BenchmarkTicket t = byId.get(id);
                    Set<String> ex = Set.of(id);
                    String title = t.summary(), body = t.description();
                    String text = (title + "\n" + body).strip();
                    var parsed = QuestionParser.parse(text, g);
                    q.println(id + "\t" + String.join(",", bench.relevant(id)) + "\t" + String.join("\u0001", parsed.mentions()));
                    dump(w, id, "bm25_all", index.searchText(text, 2000, ex));
                    dump(w, id, "bm25_rm3", rm3(prf, text, id));
                    dump(w, id, "bm25_title_all", index.searchText(title, 2000, ex));
                    dump(w, id, "bm25_body_all", body.isBlank() ? List.of() : index.searchText(body, 2000, ex));
                    List<String> texts = body.isBlank() || title.isBlank() ? List.of(text, text) : List.of(title, body);
                    List<float[]> vs = emb.embedQueries(texts);
                    dump(w, id, "dense_title", index.searchVector(vs.get(0), 300, ex));
                    dump(w, id, "dense_body", index.searchVector(vs.get(1), 300, ex));
                    dump(w, id, "dense_body_maxp", maxP(index, emb, body.isBlank() ? text : body, ex));
                    var ranked = new TicketRetriever(store, index, emb, TicketRetriever.Weights.DEFAULTS).rank(title, body, 100, ex);
                    w.println(id + "\tjava\t" + String.join(",", ranked.stream().map(TicketRetriever.Scored::key).toList()) + "\t-\t-\t0");
                    for (float[] v : vs) { ByteBuffer bb = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN); for (float f : v) bb.putFloat(f); qv.write(bb.array()); }
                }
            }
        }
    }
    static final Map<String, String> SECTION_TEXT = new HashMap<>();
    static final EnglishAnalyzer ANALYZER = new EnglishAnalyzer();

    static Map<String, Integer> terms(String text) throws IOException {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (TokenStream ts = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.merge(t.toString(), 1, Integer::sum);
            ts.end();
        }
        return out;
    }

    static Query weighted(Map<String, Double> w, String excludedGroup) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        w.forEach((t, x) -> b.add(new BoostQuery(new TermQuery(new Term("text", t)), x.floatValue()), BooleanClause.Occur.SHOULD));
        return new BooleanQuery.Builder().add(b.build(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term("group", excludedGroup)), BooleanClause.Occur.MUST_NOT).build();
    }

    /**
     * RM3 (Lavrenko and Croft's relevance model interpolated with the query, as Anserini runs it): the 10 best
     * sections' term distributions weighted by their share of the scores, its 10 heaviest terms, half the query's weight
     * to the original terms (by count) and half to those.
     */
    static List<SearchIndex.Hit> rm3(IndexSearcher s, String text, String group) throws IOException {
        Map<String, Integer> q = terms(text);
        double qn = q.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Double> orig = new LinkedHashMap<>();
        q.forEach((t, c) -> orig.put(t, (double) c));
        TopDocs top = s.search(weighted(orig, group), 10);
        double norm = Arrays.stream(top.scoreDocs).mapToDouble(d -> d.score).sum();
        Map<String, Double> rm = new HashMap<>();
        for (ScoreDoc d : top.scoreDocs) {
            String st = SECTION_TEXT.get(s.storedFields().document(d.doc).get("id"));
            Map<String, Integer> dt = terms(st == null ? "" : st);
            if (dt.isEmpty()) continue;
            double len = dt.values().stream().mapToInt(Integer::intValue).sum();
            dt.forEach((t, c) -> rm.merge(t, c / len * d.score / norm, Double::sum));
        }
        List<Map.Entry<String, Double>> exp = rm.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).limit(10).toList();
        double en = exp.stream().mapToDouble(Map.Entry::getValue).sum();
        Map<String, Double> all = new HashMap<>();
        q.forEach((t, c) -> all.merge(t, 0.5 * c / qn, Double::sum));
        exp.forEach(e -> all.merge(e.getKey(), 0.5 * e.getValue() / en, Double::sum));
        List<SearchIndex.Hit> hits = new ArrayList<>();
        for (ScoreDoc d : s.search(weighted(all, group), 2000).scoreDocs) {
            var doc = s.storedFields().document(d.doc);
            hits.add(new SearchIndex.Hit(doc.get("id"), doc.get("group"), doc.get("kind"), d.score));
        }
        return hits;
    }

    /**
     * BERT-MaxP's passages (Dai and Callan 2019: 150 words, stride 75) of the question's body, each embedded and searched
     * (300 sections), a section scoring its best cosine to any passage.
     */
    static List<SearchIndex.Hit> maxP(SearchIndex index, TextEmbedder emb, String body, Set<String> ex) {
        String[] words = body.strip().split("\\s+");
        List<String> passages = new ArrayList<>();
        for (int from = 0; ; from += 75) {
            passages.add(String.join(" ", Arrays.copyOfRange(words, from, Math.min(words.length, from + 150))));
            if (from + 150 >= words.length) break;
        }
        Map<String, SearchIndex.Hit> bestHit = new HashMap<>();
        for (float[] v : emb.embedQueries(passages)) {
            for (SearchIndex.Hit h : index.searchVector(v, 300, ex)) bestHit.merge(h.id(), h, (a, b) -> a.score() >= b.score() ? a : b);
        }
        return bestHit.values().stream().sorted(Comparator.comparingDouble(SearchIndex.Hit::score).reversed().thenComparing(SearchIndex.Hit::id)).toList();
    }

    static void dump(PrintWriter w, String q, String list, List<SearchIndex.Hit> hits) {
        for (SearchIndex.Hit h : hits) w.println(q + "\t" + list + "\t" + h.group() + "\t" + h.kind() + "\t" + h.id() + "\t" + h.score());
    }
}
