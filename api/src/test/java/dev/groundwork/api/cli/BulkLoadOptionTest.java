package dev.groundwork.api.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.groundwork.api.cli.CommandLineTest.groundwork;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code --bulk} of the ingest commands: the importer fills an empty embedded store, and refuses one with data. */
class BulkLoadOptionTest {
    @Test
    void ingestTriplesBulkLoadsAnEmptyStoreAndRefusesOneWithData(@TempDir Path dir) throws Exception {
        Path triples = dir.resolve("t.tsv");
        Files.writeString(triples, "a\tknows\tb\nb\tknows\tc\n");
        String db = dir.resolve("db").toString();

        CommandLineTest.Run first = groundwork("ingest", "triples", "--bulk", "--db", db, "--bolt-port", "0", triples.toString(), "--json");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.lastJson().get("status").asText()).isEqualTo("COMPLETED");
        CommandLineTest.Run count = groundwork("cypher", "MATCH (n:Entity) RETURN count(n) AS n", "--db", db, "--bolt-port", "0", "--json");
        assertThat(count.lastJson().get("rows").get(0).get("n").asInt()).isEqualTo(3);

        CommandLineTest.Run again = groundwork("ingest", "triples", "--bulk", "--db", db, "--bolt-port", "0", triples.toString());
        assertThat(again.exit()).isEqualTo(GroundworkCommand.EXIT_BAD_INPUT);
        assertThat(again.err()).contains("--bulk: --db").contains("is not empty");
    }
}
