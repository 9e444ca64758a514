package dev.groundwork.ingest.registry;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.batch.IngestRun;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import dev.groundwork.ingest.IngestOptions;
import dev.groundwork.ingest.IngestProgress;
import dev.groundwork.ingest.Ingested;
import dev.groundwork.ingest.Ingestor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(SharedNeo4j.class)
class IngestorsTest {

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(IngestorsTest.class.getResource("/" + name).toURI());
    }

    @BeforeEach
    void wipe(GraphStore store) {
        store.write(tx -> tx.run("MATCH (n) DETACH DELETE n").consume());
    }

    @Test
    void everyKindListsTheFormatsTheCommandLineSpells() {
        assertThat(Ingestors.kinds()).containsExactly("tickets", "sports", "commonsense", "triples");
        assertThat(Ingestors.formats("tickets")).containsExactly("jira", "github", "csv");
        assertThat(Ingestors.formats("sports")).containsExactly("worldcup", "openfootball", "statsbomb");
        assertThat(Ingestors.formats("commonsense")).containsExactly("conceptnet", "cn100k", "rdf");
        assertThat(Ingestors.formats("triples")).containsExactly("tsv");
        for (String kind : Ingestors.kinds()) {
            for (String format : Ingestors.formats(kind)) {
                Ingestor ingestor = Ingestors.get(kind, format);
                assertThat(ingestor.kind()).isEqualTo(kind);
                assertThat(ingestor.format()).isEqualTo(format);
            }
        }
    }

    @Test
    void aFormatIsFoundWhateverItsCaseAndHyphensAndAnUnknownOneIsRefusedNamingWhatIsKnown() {
        assertThat(List.of(Ingestors.get("commonsense", "CN-100K").format(), Ingestors.get("Tickets", "CSV").format()))
                .containsExactly("cn100k", "csv");
        assertThatThrownBy(() -> Ingestors.get("tickets", "xml"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("--format must be one of [jira, github, csv], got 'xml'");
        assertThatThrownBy(() -> Ingestors.get("weather", "csv"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("kind must be one of [tickets, sports, commonsense, triples], got 'weather'");
    }

    @Test
    void theRegistrysIngestorRunsOneRunWithTheOptionsAndTellsTheOneProgressType(GraphStore store) throws Exception {
        List<IngestProgress.Update> updates = new ArrayList<>();
        Ingested done = Ingestors.get("triples", "tsv").ingest(store, List.of(fixture("triples/malformed.tsv")),
                IngestOptions.DEFAULTS.withMaxErrors(5).withDataset("tiny"), updates::add);

        IngestRun run = done.run();
        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(run.kind()).isEqualTo("triples/tsv");
        assertThat(run.counts().errors()).isPositive();
        assertThat(updates).isNotEmpty();
        assertThat(updates.getLast().file()).endsWith("malformed.tsv");
        assertThat(updates.getLast().records()).isPositive();
        long otherDataset = store.read(tx -> tx.run("MATCH (e:Entity) WHERE e.dataset <> 'tiny' RETURN count(e)").single().get(0).asLong());
        assertThat(otherDataset).isZero();
    }

    @Test
    void theOptionsRefuseABadValueNamingTheParameter() {
        assertThatThrownBy(() -> IngestOptions.DEFAULTS.withBatchSize(0))
                .isInstanceOf(BadInputException.class).hasMessage("--batch-size must be at least 1, got 0");
        assertThatThrownBy(() -> IngestOptions.DEFAULTS.withMaxErrors(-1))
                .isInstanceOf(BadInputException.class).hasMessage("--max-errors must be 0 or more, got -1");
        assertThatThrownBy(() -> IngestOptions.DEFAULTS.withSimilar(1.5, 5))
                .isInstanceOf(BadInputException.class)
                .hasMessage("--similar-threshold must be a cosine between -1 and 1, got 1.5");
    }
}
