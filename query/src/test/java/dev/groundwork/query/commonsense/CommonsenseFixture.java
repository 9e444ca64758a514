package dev.groundwork.query.commonsense;

import dev.groundwork.graph.commonsense.ConceptUri;
import dev.groundwork.graph.store.GraphStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Loads {@code commonsense/graph.tsv} into the test store as the ingest would write it (query cannot use ingest). */
final class CommonsenseFixture {
    private static final String LOAD_TYPED = """
            UNWIND $rows AS row
            MERGE (a:Concept {uri: row.from}) ON CREATE SET a.name = row.head, a.lang = 'en'
            MERGE (b:Concept {uri: row.to}) ON CREATE SET b.name = row.tail, b.lang = 'en'
            MERGE (a)-[r:$(row.rel)]->(b) ON CREATE SET r.weight = row.weight, r.source = 'fixture'
            """;

    private CommonsenseFixture() {}

    static void load(GraphStore store) {
        List<Map<String, Object>> rows = lines("graph.tsv").stream().map(l -> l.split("\t")).map(c -> Map.<String, Object>of(
                "rel", c[0], "head", c[1], "tail", c[2], "from", ConceptUri.of(c[1], "en"), "to", ConceptUri.of(c[2], "en"),
                "weight", Double.parseDouble(c[3]))).toList();
        store.write(tx -> tx.run(LOAD_TYPED, Map.of("rows", rows)).consume());
    }

    static Path path(String name) {
        try {
            return Path.of(CommonsenseFixture.class.getResource("/commonsense/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> lines(String name) {
        try {
            return Files.readAllLines(path(name)).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
