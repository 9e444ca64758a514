package dev.groundwork.query.tickets.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.NotFoundException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DuplicateBenchmarkTest {

    private static Path tiny() throws URISyntaxException {
        return Path.of(DuplicateBenchmarkTest.class.getResource("/tickets/eval/tiny/bugs.csv").toURI()).getParent();
    }

    @Test
    void asksEachDuplicateLinkInBothDirections() throws Exception {
        DuplicateBenchmark bench = DuplicateBenchmark.loadHadoop(tiny());

        assertThat(bench.ticketCount()).isEqualTo(4);
        assertThat(bench.queryIds()).containsExactly("1", "2");
    }

    @Test
    void bm25FindsTheDuplicateFirstOnTinyData() throws Exception {
        BenchmarkResult result = DuplicateBenchmark.loadHadoop(tiny()).run(RetrievalSystem.BM25);

        assertThat(result.metrics().mean().reciprocalRank()).isEqualTo(1.0);
        assertThat(result.perQuery()).hasSize(2);
        assertThat(result.latencyP95()).isGreaterThanOrEqualTo(result.latencyP50());
    }

    @Test
    void rankingNeverContainsTheQueryTicket() {
        List<BenchmarkTicket> tickets = List.of(
                new BenchmarkTicket("a", "disk full", "disk full on datanode"),
                new BenchmarkTicket("b", "disk full", "datanode disk"));
        try (Bm25Ranker ranker = new Bm25Ranker(tickets)) {
            assertThat(ranker.rank(tickets.get(0))).containsExactly("b");
        }
    }

    @Test
    void rejectsLinksToUnknownTickets() {
        List<BenchmarkTicket> tickets = List.of(new BenchmarkTicket("a", "s", "d"));

        assertThatThrownBy(() -> DuplicateBenchmark.of(tickets, Map.of("a", Set.of("zz"))))
                .isInstanceOf(BadInputException.class)
                .hasMessage("duplicate benchmark: the link names ticket zz, which is not among the tickets");
    }

    @Test
    void namesTheMissingFile(@org.junit.jupiter.api.io.TempDir Path empty) {
        assertThatThrownBy(() -> DuplicateBenchmark.loadHadoop(empty))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("duplicate benchmark: expected the file " + empty.resolve("bugs.csv") + ", which does not exist");
    }
}
