import dev.groundwork.graph.embedding.EmbeddingModel;
import dev.groundwork.graph.embedding.TextEmbedder;
import dev.groundwork.query.tickets.eval.BenchmarkTicket;
import dev.groundwork.query.tickets.eval.DuplicateBenchmark;
import java.io.*;
import java.nio.*;
import java.nio.file.*;
import java.util.*;

/** Lab only (docs/tickets.md, "BM25 against whole tickets"; java -cp "api/target/groundwork.jar:api/target/lib/*" tools/bench/TicketDocEmbed.java DATA OUTDIR MODEL 128): every ticket's title + description embedded as one text (passage side); ids.tsv + docvecs.f32. */
public class TicketDocEmbed {
    public static void main(String[] a) throws Exception {
        Path data = Path.of(a[0]); Path out = Path.of(a[1]); EmbeddingModel m = EmbeddingModel.parse(a[2]);
        int maxTokens = a.length > 3 ? Integer.parseInt(a[3]) : 128;
        Files.createDirectories(out);
        DuplicateBenchmark bench = DuplicateBenchmark.loadHadoop(data);
        List<BenchmarkTicket> ts = new ArrayList<>(bench.tickets());
        try (TextEmbedder e = TextEmbedder.load(m, maxTokens);
             PrintWriter ids = new PrintWriter(Files.newBufferedWriter(out.resolve("docids-" + a[2] + "-" + maxTokens + ".tsv")));
             DataOutputStream v = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(out.resolve("docvecs-" + a[2] + "-" + maxTokens + ".f32"))))) {
            long t0 = System.nanoTime();
            for (int i = 0; i < ts.size(); i += 32) {
                List<BenchmarkTicket> b = ts.subList(i, Math.min(ts.size(), i + 32));
                List<float[]> vs = e.embedPassages(b.stream().map(t -> (t.summary() + "\n" + t.description()).strip()).toList());
                for (int j = 0; j < b.size(); j++) {
                    ids.println(b.get(j).id());
                    ByteBuffer bb = ByteBuffer.allocate(4 * vs.get(j).length).order(ByteOrder.LITTLE_ENDIAN);
                    for (float f : vs.get(j)) bb.putFloat(f);
                    v.write(bb.array());
                }
            }
            System.err.printf("%d tickets in %.1f s%n", ts.size(), (System.nanoTime() - t0) / 1e9);
        }
    }
}
