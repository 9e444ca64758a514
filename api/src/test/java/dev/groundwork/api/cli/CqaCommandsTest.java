package dev.groundwork.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.groundwork.api.cli.CommandLineTest.groundwork;
import static org.assertj.core.api.Assertions.assertThat;

class CqaCommandsTest {

    @Test
    void generatesTrainsEvaluatesAndAsksOnTheRing(@TempDir Path dir) throws Exception {
        Path data = LinkPredCommandsTest.ring(Files.createDirectory(dir.resolve("ring")));
        Path model = dir.resolve("ring.model");
        var train = groundwork("train", "linkpred", "--triples", data.toString(), "--dim", "16", "--epochs", "40",
                "--batch-size", "16", "--valid-every", "40", "--out", model.toString());
        assertThat(train.exit()).as(train.err()).isZero();

        Path queries = dir.resolve("test.jsonl.gz");
        var generate = groundwork("generate", "cqa", "--triples", data.toString(), "--types", "1p,2p,2in", "--n", "5",
                "--out", queries.toString(), "--json");
        assertThat(generate.exit()).as(generate.err()).isZero();
        assertThat(generate.lastJson().get("counts").get("1p").asInt()).isPositive();

        var cqa = groundwork("train", "cqa", "--model", model.toString(), "--triples", data.toString(), "--types", "1p,2p,2in",
                "--n", "10", "--epochs", "1", "--json");
        assertThat(cqa.exit()).as(cqa.err()).isZero();
        assertThat(Files.isRegularFile(dir.resolve("ring.cqa"))).isTrue();

        var eval = groundwork("eval", "cqa", "--model", model.toString(), "--triples", data.toString(), "--queries", queries.toString(),
                "--beam", "4", "--json");
        assertThat(eval.exit()).as(eval.err()).isZero();
        JsonNode systems = eval.lastJson().get("systems");
        for (String system : new String[] {"cqd", "cqda"}) {
            JsonNode all = systems.get(system).get("types").get("all");
            for (String key : new String[] {"mrr", "hits1", "hits3", "hits10", "p50_ms", "p95_ms", "n"}) {
                assertThat(all.has(key)).as(system + " " + key).isTrue();
            }
        }
        assertThat(systems.get("cqd").get("types").has("1p")).isTrue();

        var tune = groundwork("tune", "cqa", "--model", model.toString(), "--triples", data.toString(), "--types", "1p,2p",
                "--n", "5", "--beams", "2,4", "--json");
        assertThat(tune.exit()).as(tune.err()).isZero();
        assertThat(Files.isRegularFile(dir.resolve("ring.cqd.json"))).isTrue();
        JsonNode tuned = tune.lastJson().get("settings");
        var profiled = groundwork("eval", "cqa", "--model", model.toString(), "--triples", data.toString(), "--queries", queries.toString(),
                "--json");
        assertThat(profiled.exit()).as(profiled.err()).isZero();
        assertThat(profiled.lastJson().get("settings")).isEqualTo(tuned);
        var flagged = groundwork("eval", "cqa", "--model", model.toString(), "--triples", data.toString(), "--queries", queries.toString(),
                "--profile", "none", "--squash", "minmax", "--json");
        assertThat(flagged.lastJson().get("settings").get("2p").get("squash").asText()).isEqualTo("minmax");
        Path profile = dir.resolve("ring.cqd.json");
        var both = groundwork("eval", "cqa", "--model", model.toString(), "--triples", data.toString(), "--queries", queries.toString(),
                "--profile", profile.toString(), "--beam", "8");
        assertThat(both.exit()).isEqualTo(GroundworkCommand.EXIT_BAD_INPUT);
        assertThat(both.err().strip()).isEqualTo("groundwork: --profile " + profile
                + " and --beam, --tnorm or --squash exclude each other: the profile sets them per type");

        Path query = dir.resolve("q.json");
        Files.writeString(query, "{\"rel\": \"next\", \"inverse\": false, \"of\": {\"rel\": \"next\", \"of\": {\"entity\": \"e1\"}}}");
        var ask = groundwork("ask", "--query", query.toString(), "--model", model.toString(), "--triples", data.toString(),
                "--limit", "3", "--json");
        assertThat(ask.exit()).as(ask.err()).isZero();
        JsonNode answers = ask.lastJson().get("answers");
        assertThat(ask.lastJson().get("type").asText()).isEqualTo("2p");
        assertThat(answers).hasSize(3);
        assertThat(answers.get(0).get("explanation")).hasSize(2);
    }

    @Test
    void askRejectsMalformedQueryFileNamingIt(@TempDir Path dir) throws Exception {
        Path query = dir.resolve("bad.json");
        Files.writeString(query, "{\"rel\": \"next\", \"of\": {\"entitty\": \"e1\"}}");
        Path model = dir.resolve("missing.model");

        var ask = groundwork("ask", "--query", query.toString(), "--model", model.toString());

        assertThat(ask.exit()).isEqualTo(GroundworkCommand.EXIT_BAD_INPUT);
        assertThat(ask.err()).contains(query + ": query.of must have exactly one of [entity, rel, and, or, not], got fields [entitty]");
    }
}
