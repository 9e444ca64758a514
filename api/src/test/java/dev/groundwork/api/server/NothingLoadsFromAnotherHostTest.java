package dev.groundwork.api.server;

import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.testing.SharedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page and asset the server serves (the pages, what they reference, and every file under the classpath's
 * {@code web/assets/}) is fetched, and none of them loads anything from another host: no {@code src}, {@code href},
 * {@code import}, CSS {@code url()} or {@code @import}, {@code fetch}, {@code EventSource} or {@code WebSocket} naming
 * one. URLs elsewhere (licence comments, error messages, XML namespaces of vendored files) load nothing and don't count.
 */
@ExtendWith(SharedNeo4j.class)
class NothingLoadsFromAnotherHostTest {
    private static final String URL = "(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//[^\\s\"'`)]+";
    /** Attributes of HTML that make the browser load (or navigate to) a URL. */
    private static final Pattern HTML_LOAD = Pattern.compile("(?i)\\b(?:src|href|action|poster|data)\\s*=\\s*[\"']?(" + URL + ")");
    private static final Pattern CSS_LOAD = Pattern.compile("(?i)(?:url\\(\\s*[\"']?|@import\\s+[\"'])(" + URL + ")");
    /** Script calls and assignments that load a URL given as a literal. */
    private static final Pattern JS_LOAD = Pattern.compile("(?:\\bfetch|\\bimport|\\bimportScripts|new\\s+(?:WebSocket|EventSource|Worker))"
            + "\\s*\\(\\s*[\"'`](" + URL + ")|\\bimport\\s[^;\"'`]{0,200}?from\\s*[\"'`](" + URL + ")"
            + "|\\.(?:src|href)\\s*=\\s*[\"'`](" + URL + ")");
    private static final Pattern REFERENCE = Pattern.compile("(?:src|href)\\s*=\\s*[\"'](/[^/\"'][^\"']*)[\"']");

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The pages, everything they reference on this server, and every shipped asset. */
    private static Map<String, HttpResponse<String>> everythingServed() throws Exception {
        Map<String, HttpResponse<String>> served = new LinkedHashMap<>();
        Deque<String> todo = new ArrayDeque<>(List.of("/", "/graphiql"));
        Path assets = Path.of(NothingLoadsFromAnotherHostTest.class.getResource("/web/assets").toURI());
        try (Stream<Path> files = Files.walk(assets)) {
            files.filter(Files::isRegularFile).forEach(f -> todo.add("/assets/" + assets.relativize(f).toString().replace('\\', '/')));
        }
        while (!todo.isEmpty()) {
            String path = todo.poll();
            if (served.containsKey(path)) {
                continue;
            }
            HttpResponse<String> r = get(path);
            served.put(path, r);
            if (path.endsWith(".html") || !path.contains(".")) {
                Matcher m = REFERENCE.matcher(r.body());
                while (m.find()) {
                    todo.add(m.group(1));
                }
            }
        }
        return served;
    }

    @Test
    void everyPageAndAssetIsServedAndLoadsNothingFromAnotherHost() throws Exception {
        Map<String, HttpResponse<String>> served = everythingServed();
        assertThat(served.keySet()).contains("/", "/graphiql", "/assets/app.js", "/assets/app.css",
                "/assets/vendor/cytoscape/cytoscape.min.js", "/assets/vendor/graphiql/graphiql.min.js",
                "/assets/vendor/react/react.production.min.js", "/assets/vendor/react-dom/react-dom.production.min.js",
                "/assets/vendor/graphiql/graphiql.min.css");
        List<String> foreign = new ArrayList<>();
        served.forEach((path, r) -> {
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            String code = withoutCommentLines(r.body());
            for (Pattern p : List.of(HTML_LOAD, CSS_LOAD, JS_LOAD)) {
                Matcher m = p.matcher(code);
                while (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        if (m.group(g) != null && !sameHost(m.group(g))) {
                            foreign.add(path + ": " + m.group());
                        }
                    }
                }
            }
        });
        assertThat(foreign).isEmpty();
    }

    @Test
    void theCheckFindsALoadFromAnotherHost() {
        assertThat(HTML_LOAD.matcher("<script src=\"https://unpkg.com/react.js\">").find()).isTrue();
        assertThat(CSS_LOAD.matcher("@import url(//fonts.example.com/a.css);").find()).isTrue();
        assertThat(JS_LOAD.matcher("fetch('https://api.example.com/x')").find()).isTrue();
        assertThat(JS_LOAD.matcher("new WebSocket(\"wss://example.com/ws\")").find()).isTrue();
        assertThat(JS_LOAD.matcher("import x from \"https://esm.sh/x\"").find()).isTrue();
        assertThat(JS_LOAD.matcher("// see https://codemirror.net/LICENSE").find()).isFalse();
        assertThat(withoutCommentLines("  // http:<a href=\"//example.com/\">\nfetch('/graphql')")).isEqualTo("fetch('/graphql')\n");
        assertThat(sameHost("https://unpkg.com/react.js")).isFalse();
    }

    /** The text without lines that are comments ("// ...", " * ...", "/* ..."): vendored code explains itself with URLs. */
    static String withoutCommentLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.lines().forEach(line -> {
            String t = line.stripLeading();
            if (!t.startsWith("//") && !t.startsWith("*") && !t.startsWith("/*")) {
                out.append(line).append('\n');
            }
        });
        return out.toString();
    }

    private static boolean sameHost(String url) {
        try {
            URI u = new URI(url.startsWith("//") ? "http:" + url : url);
            return u.getHost() != null && u.getHost().equals(URI.create(server.baseUrl()).getHost());
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
