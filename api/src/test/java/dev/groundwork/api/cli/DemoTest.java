package dev.groundwork.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.groundwork.api.server.GraphQLHttp;
import dev.groundwork.api.server.GroundworkServer;
import dev.groundwork.graph.batch.IngestRuns;
import dev.groundwork.graph.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The demo on its own store, a copy of the one {@link DemoTemplate} prepared (the samples ingested and a model trained
 * once per test JVM); the README's GraphQL examples then run against it over HTTP, compared with the output the README
 * shows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path README = Path.of("..", "README.md");
    /** A fenced block: its language and text. */
    private static final Pattern FENCE = Pattern.compile("(?m)^```(\\w*)\\n(.*?)^```", Pattern.DOTALL);
    /** Neo4j element ids hold the database's random id: they differ between stores, so they are compared as a shape. */
    private static final Pattern ELEMENT_ID = Pattern.compile("\\d+:[0-9a-f-]{36}:\\d+");

    private Path dir;
    private GraphStore store;
    private GroundworkServer server;
    private DemoSetup.Result first;
    private final StringWriter progress = new StringWriter();

    @BeforeAll
    void prepareDemo() throws IOException {
        dir = Files.createTempDirectory("groundwork-demo-test");
        DemoTemplate.Copy demo = DemoTemplate.copyInto(dir);
        store = demo.store();
        first = demo.first();
        progress.write(demo.progress());
        server = GroundworkServer.start(store, "127.0.0.1", 0);
    }

    @AfterAll
    void stop() throws IOException {
        server.close();
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void firstPreparationIngestsEverySampleAndTrainsTheModel() {
        assertThat(first.stepsDone()).isEqualTo(4);
        assertThat(first.model()).isRegularFile();
        assertThat(progress.toString()).contains("demo: tickets: ingested as run", "demo: worldcup: ingested as run",
                "demo: commonsense: ingested as run", "demo: link predictor: trained complex");
        assertThat(IngestRuns.list(store)).hasSize(3).allSatisfy(r -> assertThat(r.status()).isEqualTo("COMPLETED"));
    }

    @Test
    void secondPreparationReusesRunsAndModel() {
        StringWriter again = new StringWriter();
        DemoSetup.Result second = DemoSetup.prepare(store, new PrintWriter(again, true));
        assertThat(second.stepsDone()).isZero();
        assertThat(second.model()).isEqualTo(first.model());
        assertThat(again.toString()).contains("demo: tickets: reused ingest run", "demo: link predictor: reused");
        assertThat(IngestRuns.list(store)).hasSize(3);
    }

    @Test
    void readmeGraphqlExamplesGiveTheOutputShown() throws Exception {
        List<Example> examples = readmeExamples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(5);
        for (Example e : examples) {
            JsonNode actual = graphql(e.graphql());
            assertThat(actual.has("errors")).as("errors of %s: %s", e.graphql(), actual).isFalse();
            assertThat(actual.path("data").isEmpty()).as("data of %s", e.graphql()).isFalse();
            if (e.shown() != null) {
                assertThat(masked(actual)).as("output of %s", e.graphql()).isEqualTo(masked(JSON.readTree(e.shown())));
            }
        }
    }

    @Test
    void everyDemoQuestionIsAReadmeExample() throws IOException {
        List<DemoCommand.Question> questions = DemoCommand.questions();
        assertThat(questions).hasSize(5);
        List<String> readme = readmeExamples().stream().map(Example::graphql).map(DemoTest::squeeze).toList();
        assertThat(questions).allSatisfy(q -> assertThat(readme).contains(squeeze(q.graphql())));
    }

    @Test
    void resetRefusesADirectoryThatIsNotADemo() throws IOException {
        Path other = Files.createTempDirectory("groundwork-not-a-demo");
        Files.writeString(other.resolve("keep.txt"), "mine");
        try {
            assertThatThrownBy(() -> DemoCommand.reset(other))
                    .hasMessage("--reset deletes only a demo directory, and " + other + " has no demo.json;"
                            + " remove it yourself or choose another --db");
            assertThat(other.resolve("keep.txt")).exists();
        } finally {
            Files.delete(other.resolve("keep.txt"));
            Files.delete(other);
        }
    }

    @Test
    void resetDeletesADemoDirectory() throws IOException {
        Path demo = Files.createTempDirectory("groundwork-old-demo");
        Files.writeString(demo.resolve(DemoSetup.MARKER), "{}");
        Files.createDirectories(demo.resolve("data/databases"));
        DemoCommand.reset(demo);
        assertThat(demo).doesNotExist();
    }

    /** A ```graphql block of the README and the ```json block right after it, if any. */
    record Example(String graphql, String shown) {}

    static List<Example> readmeExamples() throws IOException {
        Matcher m = FENCE.matcher(Files.readString(README));
        List<String[]> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(new String[] {m.group(1), m.group(2)});
        }
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i)[0].equals("graphql")) {
                boolean shown = i + 1 < blocks.size() && blocks.get(i + 1)[0].equals("json");
                examples.add(new Example(blocks.get(i)[1], shown ? blocks.get(i + 1)[1] : null));
            }
        }
        return examples;
    }

    private static String squeeze(String graphql) {
        return graphql.lines().filter(l -> !l.strip().startsWith("#")).map(String::strip).reduce("", String::concat);
    }

    private JsonNode graphql(String query) throws Exception {
        return GraphQLHttp.post(server.graphqlUrl(), query);
    }

    /** A copy with every Neo4j element id replaced by a placeholder. */
    private static JsonNode masked(JsonNode node) {
        if (node.isTextual() && ELEMENT_ID.matcher(node.asText()).matches()) {
            return TextNode.valueOf("<element id>");
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                var f = it.next();
                copy.set(f.getKey(), masked(f.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            node.forEach(n -> copy.add(masked(n)));
            return copy;
        }
        return node;
    }
}
