package dev.groundwork.graph.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The attack: a configuration printed in a log line, an error or a debugger view hands out the database password. */
class StoreConfigSecretTest {
    @Test
    void toStringHidesThePasswordButSaysOneIsSet() {
        StoreConfig c = StoreConfig.builder().dataDir(Path.of("data")).uri("neo4j://db.example:7687").user("neo4j")
                .password("s3cret-Pa55").build();
        assertThat(c.toString()).doesNotContain("s3cret-Pa55").contains("password=***").contains("user=neo4j")
                .contains("neo4j://db.example:7687");
        assertThat(StoreConfig.builder().build().toString()).contains("password=none");
    }
}
