package dev.groundwork.api.server;

import dev.groundwork.ingest.IngestOptions;
import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.graph.search.SearchIndex;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import dev.groundwork.graph.tickets.TicketIndex;
import dev.groundwork.ingest.tickets.ParseOptions;
import dev.groundwork.ingest.tickets.TicketFormat;
import dev.groundwork.ingest.tickets.graph.TicketIngest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(SharedNeo4j.class)
class TicketsGraphQLTest {
    @RegisterExtension
    static final TestServer server = new TestServer(TicketsGraphQLTest::ingest);

    private static void ingest(GraphStore store) throws Exception {
        Path bugs = Path.of(TicketsGraphQLTest.class.getResource("/tickets/bugs.csv").toURI());
        Path duplicates = Path.of(TicketsGraphQLTest.class.getResource("/tickets/duplicates.csv").toURI());
        try (SearchIndex index = SearchIndex.open(SearchIndex.directory(store.config().dataDir(), TicketIndex.NAME))) {
            index.clear();
            TicketIngest.ingest(store, TicketFormat.CSV, List.of(bugs),
                    IngestOptions.DEFAULTS.withBatchSize(10).withLinks(duplicates).withSimilar(0.9, 3).withSearchIndex(index), p -> { });
        }
    }

    private static JsonNode graphql(String query) throws Exception {
        JsonNode json = GraphQLHttp.post(server.graphqlUrl(), query);
        assertThat(json.get("errors")).as(json.toString()).isNull();
        return json.get("data");
    }

    @Test
    void searchTicketsRanksWithScoreParts() throws Exception {
        JsonNode hits = graphql("{ searchTickets(text: \"namenode heap memory\", k: 2) { score parts ticket { key title } } }")
                .get("searchTickets");
        assertThat(hits).hasSize(2);
        assertThat(hits.get(0).get("parts").has("bm25")).isTrue();
        assertThat(hits.get(0).get("score").asDouble()).isGreaterThanOrEqualTo(hits.get(1).get("score").asDouble());
    }

    @Test
    void similarTicketsFindsTheDuplicateOfATicketAndLeavesTheTicketOut() throws Exception {
        JsonNode hits = graphql("{ similarTickets(key: \"1\", k: 3) { score ticket { key } } }").get("similarTickets");
        assertThat(hits.get(0).get("ticket").get("key").asText()).isEqualTo("2");
        assertThat(hits.findValuesAsText("key")).doesNotContain("1");
    }

    @Test
    void similarTicketsOfAnUnknownKeySaysWhichKey() throws Exception {
        JsonNode json = GraphQLHttp.post(server.graphqlUrl(), "{ similarTickets(key: \"nope\") { score } }");
        assertThat(json.get("errors").get(0).get("message").asText()).contains("ticket 'nope' is not in the graph");
    }

    @Test
    void ticketHasItsSections() throws Exception {
        JsonNode ticket = graphql("{ ticket(key: \"1\") { key title sections { kind text } } }").get("ticket");
        assertThat(ticket.get("key").asText()).isEqualTo("1");
        assertThat(ticket.get("sections").findValuesAsText("kind")).contains("SUMMARY");
    }

    @Test
    void ticketLinksCarryTheirTypeAndDirectionAsTheEnumsNames() throws Exception {
        JsonNode from = graphql("{ ticket(key: \"1\") { links { type direction ticket { key } } } }").get("ticket").get("links");
        JsonNode to = graphql("{ ticket(key: \"2\") { links { type direction ticket { key } } } }").get("ticket").get("links");
        assertThat(from.toString()).contains("{\"type\":\"DUPLICATES\",\"direction\":\"OUTGOING\",\"ticket\":{\"key\":\"2\"}}");
        assertThat(to.toString()).contains("{\"type\":\"DUPLICATES\",\"direction\":\"INCOMING\",\"ticket\":{\"key\":\"1\"}}");
    }

    @Test
    void unknownTicketIsNull() throws Exception {
        assertThat(graphql("{ ticket(key: \"nope\") { key } }").get("ticket").isNull()).isTrue();
    }

    @Test
    void askTicketsCitesNodesOfItsEvidence() throws Exception {
        JsonNode answer = graphql("{ askTickets(question: \"namenode runs out of memory\") { text citations { nodeId }"
                + " evidence { nodes { id } } } }").get("askTickets");
        assertThat(answer.get("citations").size()).isPositive();
        assertThat(answer.get("evidence").get("nodes").findValuesAsText("id"))
                .containsAll(answer.get("citations").findValuesAsText("nodeId"));
    }
}
