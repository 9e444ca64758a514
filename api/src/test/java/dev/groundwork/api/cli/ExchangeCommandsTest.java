package dev.groundwork.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.groundwork.api.cli.CommandLineTest.groundwork;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code export triples} and {@code import embeddings} through the real command line, without a database. */
class ExchangeCommandsTest {

    @Test
    void exportedSplitsAndImportedEmbeddingsServeEvalLinkpred(@TempDir Path dir) throws Exception {
        Path ring = LinkPredCommandsTest.ring(Files.createDirectory(dir.resolve("ring")));
        var export = groundwork("export", "triples", "--format", "TSV", "--triples", ring.toString(), dir.resolve("out").toString(), "--json");
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(Files.readAllLines(dir.resolve("out/train.txt"))).isEqualTo(Files.readAllLines(ring.resolve("train.txt")));

        // DistMult embeddings a trainer could have written: entity i at angle i, relations the identity.
        StringBuilder entities = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            double a = 2 * Math.PI * i / 30;
            entities.append("e").append(i).append('\t').append(Math.cos(a)).append(' ').append(Math.sin(a)).append('\n');
        }
        Path saved = Files.createDirectory(dir.resolve("saved"));
        Files.writeString(saved.resolve("entity_embeddings.tsv"), entities);
        Files.writeString(saved.resolve("relation_embeddings.tsv"), "next\t1 1\nprev\t1 1\n");
        Path model = dir.resolve("imported.model");
        var imported = groundwork("import", "embeddings", "--format", "tsv", saved.toString(), "--type", "distmult",
                "--out", model.toString(), "--json");
        assertThat(imported.exit()).as(imported.err()).isZero();
        JsonNode o = imported.lastJson();
        assertThat(o.get("type").asText()).isEqualTo("distmult");
        assertThat(o.get("entities").asInt()).isEqualTo(30);

        var eval = groundwork("eval", "linkpred", "--model", model.toString(), "--triples", ring.toString(), "--json");
        assertThat(eval.exit()).as(eval.err()).isZero();
        // Each entity's own embedding scores highest with the identity relation; neighbours come next.
        assertThat(eval.lastJson().get("n").asInt()).isEqualTo(4);
    }

    @Test
    void transEEmbeddingsImportWithTheirMarginAndServeEvalLinkpredButAreNotTrainedHere(@TempDir Path dir) throws Exception {
        Path ring = LinkPredCommandsTest.ring(Files.createDirectory(dir.resolve("ring")));
        StringBuilder entities = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            entities.append("e").append(i).append('\t').append(i).append(" 0\n");
        }
        Path saved = Files.createDirectory(dir.resolve("saved"));
        Files.writeString(saved.resolve("entity_embeddings.tsv"), entities);
        Files.writeString(saved.resolve("relation_embeddings.tsv"), "next\t1 0\nprev\t-1 0\n");
        Path model = dir.resolve("transe.model");
        var imported = groundwork("import", "embeddings", "--format", "tsv", saved.toString(), "--type", "transe_l1", "--gamma", "5",
                "--out", model.toString(), "--json");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.lastJson().get("type").asText()).isEqualTo("transe_l1");
        assertThat(imported.lastJson().get("gamma").asDouble()).isEqualTo(5.0);

        var eval = groundwork("eval", "linkpred", "--model", model.toString(), "--triples", ring.toString(), "--json");
        assertThat(eval.exit()).as(eval.err()).isZero();
        assertThat(eval.lastJson().get("n").asInt()).isEqualTo(4);

        var train = groundwork("train", "linkpred", "--triples", ring.toString(), "--type", "transe", "--out", dir.resolve("t.model").toString());
        assertThat(train.exit()).isNotZero();
        assertThat(train.err()).contains("type transe_l2 is served for embeddings trained elsewhere");
    }

    @Test
    void anUnknownFormatIsOneLineNamingTheChoices(@TempDir Path dir) {
        var run = groundwork("export", "triples", "--format", "rdf", "--triples", dir.toString(), dir.toString());
        assertThat(run.exit()).isEqualTo(GroundworkCommand.EXIT_BAD_INPUT);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("--format").containsIgnoringCase("dglke").containsIgnoringCase("pbg").containsIgnoringCase("tsv");
    }

    @Test
    void aPbgImportOfADirectoryThatIsNoCheckpointSaysWhatIsMissingAndWritesNothing(@TempDir Path dir) {
        var run = groundwork("import", "embeddings", "--format", "pbg", dir.toString(), "--out", dir.resolve("m.model").toString());
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("PBG's training config (checkpoint_path/config.json)").contains(dir.resolve("config.json").toString());
        assertThat(dir.resolve("m.model")).doesNotExist();
    }
}
