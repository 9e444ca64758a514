package dev.groundwork.api.server;

import dev.groundwork.api.graphql.ApiJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.groundwork.graph.schema.ClasspathDirectory;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;

import java.util.List;

/**
 * GraphiQL at {@code /graphiql}, with one tab for each example query in {@code graphiql/examples/}
 * on the classpath (every domain adds its own). The page is built once; thread-safe.
 */
@Controller("/graphiql")
final class GraphiQLController {
    private final String page;

    GraphiQLController(@ApiJson ObjectMapper json) {
        List<String> examples = ClasspathDirectory.list("graphiql/examples", ".graphql").stream()
                .map(ClasspathDirectory.Entry::text).toList();
        String template = ClasspathDirectory.list("graphiql", ".html").stream()
                .filter(e -> e.name().equals("index.html")).findFirst().orElseThrow().text();
        try {
            // The examples are our own files, but serialising them as JSON also escapes them for the script block.
            this.page = template.replace("/*EXAMPLES*/[]", json.writeValueAsString(examples).replace("</", "<\\/"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    String page() {
        return page;
    }
}
