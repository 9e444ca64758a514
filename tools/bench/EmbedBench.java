import dev.groundwork.graph.embedding.EmbeddingModel;
import dev.groundwork.graph.embedding.TextEmbedder;
import dev.groundwork.ingest.tickets.ParseOptions;
import dev.groundwork.ingest.tickets.TicketFormat;
import dev.groundwork.ingest.tickets.TicketParser;
import dev.groundwork.ingest.tickets.sections.Section;
import dev.groundwork.ingest.tickets.sections.SectionSplitter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedding cost of a ticket ingest, model by model: embeds every k-th section text of a GitBugs bugs.csv the way
 * the ticket ingest does (the ticket's title for its summary, else the section's title and text, as passages, in
 * chunks of about 900 texts) and prints the process CPU seconds and wall seconds it took. CPU seconds depend far less
 * on the machine's load than wall seconds. docs/tickets.md, "Embedder comparison".
 *
 * <pre>
 * ./mvnw -B -q -DskipTests package   # or ./groundwork --help, which builds api/target/lib
 * javac -cp "api/target/lib/*" -d /tmp/eb tools/bench/EmbedBench.java
 * java --enable-native-access=ALL-UNNAMED -cp "/tmp/eb:api/target/lib/*" EmbedBench ../shared/data/tickets/hadoop/bugs.csv 8 \
 *     minilm:128 bge-small-q:128 e5-small-q:128 bge-small:128 e5-small:128 bge-small-q:64
 * </pre>
 * Each argument after the step is MODEL:MAX_TOKENS.
 */
public class EmbedBench {
    public static void main(String[] a) {
        Path bugs = Path.of(a[0]);
        int every = Integer.parseInt(a[1]);
        List<String> texts = new ArrayList<>();
        TicketParser.parse(TicketFormat.CSV, List.of(bugs), ParseOptions.defaults(), t -> {
            for (Section s : SectionSplitter.split(t)) {
                texts.add(s.kind().name().equals("SUMMARY") ? t.title() : (s.title() + "\n" + s.text()).strip());
            }
        });
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < texts.size(); i += every) sample.add(texts.get(i));
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int k = 2; k < a.length; k++) {
            String[] cfg = a[k].split(":");
            EmbeddingModel m = EmbeddingModel.parse(cfg[0]);
            int max = Integer.parseInt(cfg[1]);
            try (TextEmbedder e = TextEmbedder.load(m, max)) {
                e.embedPassages(sample.subList(0, 64));
                long c0 = os.getProcessCpuTime(), w0 = System.nanoTime();
                for (int i = 0; i < sample.size(); i += 900) e.embedPassages(sample.subList(i, Math.min(sample.size(), i + 900)));
                long c1 = os.getProcessCpuTime(), w1 = System.nanoTime();
                System.out.printf("%s maxTokens=%d sections=%d of %d cpu_s=%.1f wall_s=%.1f load=%s%n", m.id(), max, sample.size(), texts.size(),
                        (c1 - c0) / 1e9, (w1 - w0) / 1e9, os.getSystemLoadAverage());
            }
        }
    }
}
