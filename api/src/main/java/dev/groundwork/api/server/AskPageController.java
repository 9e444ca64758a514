package dev.groundwork.api.server;

import dev.groundwork.graph.schema.ClasspathDirectory;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;

/**
 * The Ask page at {@code /} (classpath {@code web/index.html}); its scripts, styles and the vendored Cytoscape.js are
 * served under {@code /assets/} from classpath {@code web/assets/} by Micronaut's static resources (application.yml).
 * Nothing the page loads comes from another host. The page is read once; thread-safe.
 */
@Controller
final class AskPageController {
    private final String page;

    AskPageController() {
        this.page = ClasspathDirectory.list("web", ".html").stream()
                .filter(e -> e.name().equals("index.html")).findFirst().orElseThrow().text();
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    String page() {
        return page;
    }
}
