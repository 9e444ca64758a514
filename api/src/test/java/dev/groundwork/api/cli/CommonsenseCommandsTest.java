package dev.groundwork.api.cli;

import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(SharedNeo4j.class)
class CommonsenseCommandsTest {
    @Test
    void ingestThenAskPrintsTheConnectingPathAndTurtle(GraphStore store) throws Exception {
        Path mini = Path.of(getClass().getResource("/commonsense/mini.txt").toURI());

        CommandLineTest.Run ingest = CommandLineTest.against(store, "ingest", "commonsense", "--format", "cn100k", mini.toString(), "--json");
        assertThat(ingest.exit()).isZero();
        assertThat(ingest.lastJson().get("counts").get("relationshipsCreated").asLong()).isEqualTo(4);

        CommandLineTest.Run ask = CommandLineTest.against(store, "ask", "Do dogs live in kennels?", "--domain", "commonsense");
        assertThat(ask.out()).contains("dog -AtLocation-> kennel");

        CommandLineTest.Run ttl = CommandLineTest.against(store, "ask", "Do dogs live in kennels?", "--domain", "commonsense", "--format", "ttl");
        assertThat(ttl.out()).contains("gwr:AtLocation");
    }

    @Test
    void anUnknownDomainIsABadInputNamingTheKnownOnes(GraphStore store) {
        CommandLineTest.Run ask = CommandLineTest.against(store, "ask", "why?", "--domain", "nope");

        assertThat(ask.exit()).isEqualTo(GroundworkCommand.EXIT_BAD_INPUT);
        assertThat(ask.err().strip()).isEqualTo("groundwork: --domain must be one of [commonsense, sports, tickets], got 'nope'");
    }
}
