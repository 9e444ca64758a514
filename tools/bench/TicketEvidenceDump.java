package dev.groundwork.query.tickets;

// Lives in the retriever's package to read its package-private graph snapshot; compiled apart from the project (see below).

import dev.groundwork.graph.embedding.EmbeddingModel;
import dev.groundwork.graph.embedding.TextEmbedder;
import dev.groundwork.graph.search.SearchIndex;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.store.StoreConfig;
import dev.groundwork.query.tickets.eval.BenchmarkTicket;
import dev.groundwork.query.tickets.eval.DuplicateBenchmark;
import org.apache.lucene.index.*;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import java.io.*;
import java.nio.*;
import java.nio.file.*;
import java.util.*;

/**
 * Dumps the evidence of the ticket benchmark's queries for offline experiments with fusion (docs/tickets.md, "How the
 * default was chosen"): every section vector of the index (docs.tsv, vecs.f32), the graph's links and mentions, and per
 * query its BM25 section hits (whole text, title, body; 2,000 each), its dense section hits (title, body; 300 each), its
 * vectors and the default retriever's ranking (hits.tsv, lines "QUERY\tjava\tKEY,KEY,..."). Not part of the build.
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
                    dump(w, id, "bm25_title_all", index.searchText(title, 2000, ex));
                    dump(w, id, "bm25_body_all", body.isBlank() ? List.of() : index.searchText(body, 2000, ex));
                    List<String> texts = body.isBlank() || title.isBlank() ? List.of(text, text) : List.of(title, body);
                    List<float[]> vs = emb.embedQueries(texts);
                    dump(w, id, "dense_title", index.searchVector(vs.get(0), 300, ex));
                    dump(w, id, "dense_body", index.searchVector(vs.get(1), 300, ex));
                    var ranked = new TicketRetriever(store, index, emb, TicketRetriever.Weights.DEFAULTS).rank(title, body, 100, ex);
                    w.println(id + "\tjava\t" + String.join(",", ranked.stream().map(TicketRetriever.Scored::key).toList()) + "\t-\t-\t0");
                    for (float[] v : vs) { ByteBuffer bb = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN); for (float f : v) bb.putFloat(f); qv.write(bb.array()); }
                }
            }
        }
    }
    static void dump(PrintWriter w, String q, String list, List<SearchIndex.Hit> hits) {
        for (SearchIndex.Hit h : hits) w.println(q + "\t" + list + "\t" + h.group() + "\t" + h.kind() + "\t" + h.id() + "\t" + h.score());
    }
}
