package dev.groundwork.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.groundwork.api.server.GraphQLClient;
import dev.groundwork.api.server.GroundworkServer;
import dev.groundwork.graph.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Ask page at {@code /} in a real browser: Debian's Chromium, headless, driven through its chromedriver by Selenium,
 * against the demo data (a copy of the store {@link DemoTemplate} prepared once per test JVM). Each step saves a screenshot under
 * {@code target/browser/}. Skipped, with one line, where {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} is
 * missing ({@code apt-get install chromium chromium-driver}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AskPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "browser");
    private static final String KEY = "browser-test-key";
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String ASK = """
            query($q: String!, $d: Domain) { ask(question: $q, domain: $d) {
              text citations { nodeId label snippet } evidence { nodes { id } edges { id predicted } } } }
            """;

    private Path dir;
    private Path ingestRoot;
    private Path profile;
    private GraphStore store;
    private GroundworkServer server;
    private GraphQLClient client;
    private WebDriver driver;

    @BeforeAll
    void start() throws Exception {
        boolean browser = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!browser) {
            System.out.println("AskPageBrowserTest skipped: no " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(browser, "no Chromium and chromedriver in /usr/bin");
        dir = Files.createTempDirectory("groundwork-browser-test");
        DemoTemplate.Copy copy = DemoTemplate.copyInto(dir.resolve("db"));
        store = copy.store();
        DemoSetup.Result demo = copy.first();
        ingestRoot = Files.createDirectories(dir.resolve("ingest-root"));
        Files.writeString(ingestRoot.resolve("more.txt"), "AtLocation\tbrowser test cat\tbrowser test basket\n"
                + "CapableOf\tbrowser test cat\tpurr loudly\nIsA\tbrowser test basket\tcontainer\n");
        System.setProperty("groundwork.api.key", KEY);
        System.setProperty("groundwork.api.ingest-root", ingestRoot.toString());
        try {
            server = GroundworkServer.start(store, "127.0.0.1", 0, Optional.of(demo.model()));
        } finally {
            System.clearProperty("groundwork.api.key");
            System.clearProperty("groundwork.api.ingest-root");
        }
        client = new GraphQLClient(server.graphqlUrl());
        Files.createDirectories(SHOTS);
        profile = Files.createTempDirectory("groundwork-chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1100",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
        for (Path p : new Path[] {dir, profile}) {
            if (p != null) {
                try (Stream<Path> files = Files.walk(p)) {
                    files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
    }

    private void open() {
        driver.get(server.baseUrl() + "/");
        await().until(d -> js("return !!(window.groundwork && window.groundwork.cy)").equals(Boolean.TRUE));
    }

    private WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private String status() {
        return driver.findElement(By.id("status")).getText();
    }

    private void awaitAnswer() {
        await().until(d -> status().startsWith("Answered") || status().startsWith("No answer"));
    }

    private long count(String selector) {
        return ((Number) js("return window.groundwork.cy.elements(arguments[0]).length", selector)).longValue();
    }

    private JsonNode graphqlAsk(String question, String domain) throws Exception {
        return client.data(ASK, domain == null ? Map.of("q", question) : Map.of("q", question, "d", domain)).get("ask");
    }

    /** Types the question, picks the domain, asks, and checks the page against a GraphQL ask of its own. */
    private void askAndCompare(String question, String domain, String shot) throws Exception {
        open();
        driver.findElement(By.id("question")).sendKeys(question);
        new Select(driver.findElement(By.id("domain"))).selectByValue(domain);
        driver.findElement(By.id("ask-button")).click();
        awaitAnswer();
        screenshot(shot);
        JsonNode expected = graphqlAsk(question, domain);
        assertThat(status()).startsWith("Answered");
        assertThat(js("return document.getElementById('answer').textContent")).isEqualTo(expected.get("text").asText());
        List<WebElement> chips = driver.findElements(By.cssSelector("#citations .chip"));
        assertThat(chips).hasSize(expected.get("citations").size()).isNotEmpty();
        for (int i = 0; i < chips.size(); i++) {
            assertThat(chips.get(i).getAttribute("data-node")).isEqualTo(expected.get("citations").get(i).get("nodeId").asText());
            String snippet = expected.get("citations").get(i).get("snippet").asText();
            assertThat(chips.get(i).getText()).startsWith("[" + (i + 1) + "] " + snippet.substring(0, Math.min(10, snippet.length())).strip());
        }
        assertThat(count("node")).isEqualTo(expected.get("evidence").get("nodes").size());
        assertThat(count("edge")).isEqualTo(expected.get("evidence").get("edges").size());
    }

    @Test
    void aSportsQuestionShowsTheSameAnswerCitationsAndGraphAsGraphQL() throws Exception {
        askAndCompare("Who won the World Cup in 2014?", "sports", "01-ask-sports");
    }

    @Test
    void graphiqlRunsOfflineAndNeitherPageLoadsAnythingFromAnotherHost() throws Exception {
        open();
        assertThat(foreignResources()).isEmpty();
        driver.get(server.baseUrl() + "/graphiql");
        await().until(d -> !driver.findElements(By.cssSelector(".graphiql-container")).isEmpty());
        assertThat(foreignResources()).isEmpty();
        assertThat(js("return performance.getEntriesByType('resource').map(e => e.name).join(' ')").toString())
                .contains("/assets/vendor/graphiql/graphiql.min.js");
        screenshot("13-graphiql");
    }

    /** Every resource the page loaded (scripts, styles, fetches, fonts) whose origin is not the server's. */
    @SuppressWarnings("unchecked")
    private List<String> foreignResources() {
        return (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(n => new URL(n).origin !== location.origin)");
    }

    @Test
    void theServedModelsTrainingCurvesAreDrawn() throws Exception {
        open();
        await().until(d -> !driver.findElements(By.cssSelector("#training polyline.curve-loss")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("#training p")).getText()).startsWith("linkpred.model: ").contains(" epochs, final loss ");
        screenshot("12-training-curves");
    }

    @Test
    void aTicketsQuestionShowsTheSameAnswerCitationsAndGraphAsGraphQL() throws Exception {
        askAndCompare("Which Hadoop tickets are about ZStandard compression failing?", "tickets", "02-ask-tickets");
    }

    @Test
    void aCommonsenseQuestionShowsTheSameAnswerCitationsAndGraphAsGraphQL() throws Exception {
        askAndCompare("Where does a cat like to sleep?", "commonsense", "03-ask-commonsense");
    }

    @Test
    void aWholeAskWorksByKeyboardAlone() throws Exception {
        open();
        Actions keys = new Actions(driver);
        // From the top of the page: the tabs, the GraphiQL link, then the question box.
        WebElement question = driver.findElement(By.id("question"));
        for (int i = 0; i < 10 && !question.equals(driver.switchTo().activeElement()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(driver.switchTo().activeElement()).isEqualTo(question);
        keys.sendKeys("Who won the World Cup in 2014?").sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("domain");
        keys.sendKeys(Keys.ARROW_DOWN).sendKeys(Keys.ARROW_DOWN).perform(); // auto -> tickets -> sports
        assertThat(new Select(driver.findElement(By.id("domain"))).getFirstSelectedOption().getText()).isEqualTo("sports");
        keys.sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("ask-button");
        keys.sendKeys(Keys.ENTER).perform();
        awaitAnswer();
        assertThat(driver.findElement(By.id("answer")).getText()).contains("Germany");
        // A citation chip, reached by keyboard, selects its node and shows its properties.
        WebElement chip = driver.findElement(By.cssSelector("#citations .chip"));
        for (int i = 0; i < 10 && !chip.equals(driver.switchTo().activeElement()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(driver.switchTo().activeElement()).isEqualTo(chip);
        keys.sendKeys(Keys.ENTER).perform();
        assertThat(js("return window.groundwork.selected")).isEqualTo(chip.getAttribute("data-node"));
        assertThat(driver.findElements(By.cssSelector("#details-props dt"))).isNotEmpty();
        screenshot("04-keyboard");
    }

    @Test
    void clickingANodeShowsItsPropertiesAndExpandsItsNeighbours() throws Exception {
        open();
        driver.findElement(By.id("question")).sendKeys("Who won the World Cup in 2014?\n");
        awaitAnswer();
        String id = (String) js("return window.groundwork.cy.nodes()[0].id()");
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) js("return window.groundwork.cy.getElementById(arguments[0]).renderedPosition()", id);
        WebElement graph = driver.findElement(By.id("graph"));
        int x = at.get("x").intValue() - graph.getSize().getWidth() / 2;
        int y = at.get("y").intValue() - graph.getSize().getHeight() / 2;
        new Actions(driver).moveToElement(graph, x, y).click().perform();
        await().until(d -> id.equals(js("return window.groundwork.selected")));
        assertThat(driver.findElements(By.cssSelector("#details-props dt"))).isNotEmpty();
        long before = count("node");
        driver.findElement(By.id("expand")).click();
        await().until(d -> status().startsWith("Expanded") || status().startsWith("Expanding failed"));
        assertThat(status()).startsWith("Expanded");
        assertThat(count("node")).isGreaterThan(before);
        screenshot("05-expand");
    }

    @Test
    void copyForNeo4jBrowserGivesCypherThatReturnsExactlyTheEvidenceNodes() throws Exception {
        open();
        driver.findElement(By.id("question")).sendKeys("Who won the World Cup in 2014?\n");
        awaitAnswer();
        await().until(d -> driver.findElement(By.id("copy-cypher")).isEnabled());
        String text = driver.findElement(By.id("cypher-text")).getAttribute("value");
        assertThat(text).contains("// Connect Neo4j Browser to " + store.boltUri());
        Set<String> evidence = new HashSet<>(graphqlAsk("Who won the World Cup in 2014?", null).get("evidence").get("nodes").findValuesAsText("id"));
        CommandLineTest.Run ids = CommandLineTest.against(store, "cypher", text, "--json");
        assertThat(ids.exit()).as(ids.err()).isZero();
        Set<String> returned = new HashSet<>();
        ids.lastJson().get("rows").forEach(row -> {
            returned.add(elementId(row.get("n")));
            if (row.hasNonNull("m")) {
                returned.add(elementId(row.get("m")));
            }
        });
        assertThat(returned).isEqualTo(evidence);
        driver.findElement(By.id("copy-cypher")).click();
        await().until(d -> !driver.findElement(By.id("copy-status")).getText().isEmpty());
        screenshot("06-copy-cypher");
    }

    private static String elementId(JsonNode node) {
        return node.isTextual() ? node.asText() : node.path("elementId").asText(node.path("id").asText());
    }

    /** Where are pets found: AtLocation of (IsA, inverse) of pet. */
    private static final String PETS_LOCATIONS =
            "{\"rel\": \"AtLocation\", \"of\": {\"rel\": \"IsA\", \"inverse\": true, \"of\": {\"entity\": \"/c/en/pet\"}}}";

    private void runComplexQuery(String tree) {
        open();
        driver.findElement(By.id("complex")).click();
        WebElement box = driver.findElement(By.id("complex-json"));
        box.clear();
        box.sendKeys(tree);
        driver.findElement(By.id("ask-button")).click();
        awaitAnswer();
    }

    @Test
    void aComplexQueryShowsEachAnswersExplanationPath() throws Exception {
        String tree = PETS_LOCATIONS;
        runComplexQuery(tree);
        screenshot("07-complex-query");
        assertThat(status()).startsWith("Answered the complex query");
        JsonNode expected = client.data("query($q: QueryInput!) { complexQuery(query: $q, k: 10) { answers { entity explanation { head tail } } } }",
                Map.of("q", JSON.readValue(tree, Map.class))).get("complexQuery").get("answers");
        List<WebElement> items = driver.findElements(By.cssSelector("#explanations li"));
        assertThat(items).hasSize(expected.size()).isNotEmpty();
        for (int i = 0; i < items.size(); i++) {
            // Readable names, not keys: "dog (score 0.93): pet —is a→ ..." rather than "/c/en/dog".
            JsonNode edge = expected.get(i).get("explanation").get(0);
            assertThat(items.get(i).getText()).startsWith(readable(expected.get(i).get("entity").asText()) + " (score ")
                    .contains(readable(edge.get("head").asText()) + " —").contains("→ " + readable(edge.get("tail").asText()))
                    .doesNotContain("/c/");
            assertThat(items.get(i).getAttribute("title")).isEqualTo(expected.get(i).get("entity").asText());
        }
    }

    /** A ConceptNet key's term in words, as the page shows it: /c/en/wiener_dog/n is "wiener dog". */
    private static String readable(String key) {
        return key.replaceFirst("^/c/[a-z]+/([^/]+).*$", "$1").replace('_', ' ');
    }

    @Test
    void aPredictedEdgeIsDrawnDashedAndAnObservedOneSolid() throws Exception {
        // A two-hop query: where the graph lacks an edge of the best assignment, the model's predicted edge explains it.
        runComplexQuery(PETS_LOCATIONS);
        long predicted = count("edge[?predicted]");
        assertThat(predicted).as("predicted edges drawn").isPositive();
        assertThat(js("return window.groundwork.cy.edges('[?predicted]')[0].style('line-style')")).isEqualTo("dashed");
        if (count("edge[!predicted]") > 0) {
            assertThat(js("return window.groundwork.cy.edges('[!predicted]')[0].style('line-style')")).isEqualTo("solid");
        }
        assertThat((String) js("return window.groundwork.cy.edges('[?predicted]')[0].data('label')")).matches(".* \\d\\.\\d\\d");
        screenshot("08-predicted-dashed");
    }

    @Test
    void anIngestIsFollowedToCompletionOnTheIngestTab() throws Exception {
        open();
        driver.findElement(By.id("tab-ingest")).click();
        driver.findElement(By.id("api-key")).sendKeys(KEY);
        new Select(driver.findElement(By.id("ingest-kind"))).selectByValue("commonsense");
        new Select(driver.findElement(By.id("ingest-format"))).selectByValue("cn100k");
        driver.findElement(By.id("ingest-path")).sendKeys("more.txt");
        driver.findElement(By.id("ingest-button")).click();
        WebElement state = driver.findElement(By.id("ingest-state"));
        await().until(d -> state.getText().startsWith("SUCCEEDED") || state.getText().startsWith("FAILED")
                || state.getText().startsWith("Ingest refused"));
        screenshot("09-ingest");
        assertThat(state.getText()).startsWith("SUCCEEDED 100%");
        // The file's size is known, so the progress has a total, and the bar reached it.
        long size = Files.size(ingestRoot.resolve("more.txt"));
        assertThat(state.getText()).contains(": " + size + " of " + size + " bytes");
        WebElement bar = driver.findElement(By.id("ingest-progress"));
        assertThat(bar.getAttribute("value")).isEqualTo(bar.getAttribute("max"));
        // The run is listed; undo asks first, and then removes what it created.
        String run = state.getText().replaceAll(".*, run (\\S+).*", "$1");
        By row = By.cssSelector("#runs tr[data-run='" + run + "']");
        await().until(d -> !driver.findElements(row).isEmpty());
        driver.findElement(row).findElement(By.cssSelector("button.undo")).click();
        assertThat(driver.findElement(By.id("undo-question")).getText()).startsWith("Undo run " + run);
        screenshot("10-undo-confirm");
        driver.findElement(By.id("undo-yes")).click();
        await().until(d -> driver.findElement(By.id("undo-state")).getText().startsWith("Undid " + run)
                || driver.findElement(By.id("undo-state")).getText().startsWith("Undo refused"));
        assertThat(driver.findElement(By.id("undo-state")).getText()).startsWith("Undid " + run + ": removed ");
        JsonNode runs = client.data("{ ingestRuns { id status } }", Map.of()).get("ingestRuns");
        runs.forEach(r -> {
            if (r.get("id").asText().equals(run)) {
                assertThat(r.get("status").asText()).isEqualTo("UNDONE");
            }
        });
        assertThat(runs.findValuesAsText("id")).contains(run);
        screenshot("11-undone");
    }

    @Test
    void theIngestTabReportsAWrongKey() throws Exception {
        open();
        driver.findElement(By.id("tab-ingest")).click();
        driver.findElement(By.id("api-key")).sendKeys("wrong");
        driver.findElement(By.id("ingest-path")).sendKeys("more.txt");
        driver.findElement(By.id("ingest-button")).click();
        WebElement state = driver.findElement(By.id("ingest-state"));
        await().until(d -> state.getText().startsWith("Ingest refused"));
        screenshot("14-ingest-wrong-key");
        assertThat(new ArrayList<>(List.of(state.getText()))).allMatch(t -> t.toLowerCase().contains("key"));
    }
}
