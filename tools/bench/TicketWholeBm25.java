import dev.groundwork.graph.search.SearchIndex;
import dev.groundwork.query.tickets.eval.BenchmarkTicket;
import dev.groundwork.query.tickets.eval.DuplicateBenchmark;
import java.io.*;
import java.nio.file.*;
import java.util.*;

/** Lab only (docs/tickets.md, "BM25 against whole tickets"; java -cp "api/target/groundwork.jar:api/target/lib/*" tools/bench/TicketWholeBm25.java DATA OUT.tsv): BM25 over whole tickets (summary + description as one document), the index's own analysis; hits lines for the lab. */
public class TicketWholeBm25 {
    public static void main(String[] a) throws Exception {
        DuplicateBenchmark bench = DuplicateBenchmark.loadHadoop(Path.of(a[0]));
        Map<String, BenchmarkTicket> byId = new HashMap<>();
        try (SearchIndex index = SearchIndex.inMemory();
             PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(a[1])))) {
            for (BenchmarkTicket t : bench.tickets()) {
                byId.put(t.id(), t);
                index.replaceGroup(t.id(), List.of(new SearchIndex.Doc(t.id(), t.id(), "TICKET", (t.summary() + "\n" + t.description()).strip(), null)));
            }
            index.commit();
            for (String id : bench.queryIds()) {
                BenchmarkTicket t = byId.get(id);
                for (SearchIndex.Hit h : index.searchText((t.summary() + "\n" + t.description()).strip(), 2503, Set.of(id))) {
                    w.println(id + "\tbm25_ticket\t" + h.group() + "\tTICKET\t" + h.id() + "\t" + h.score());
                }
            }
        }
    }
}
