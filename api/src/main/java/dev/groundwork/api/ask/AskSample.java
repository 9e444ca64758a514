package dev.groundwork.api.ask;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.UnavailableException;
import dev.groundwork.graph.schema.ClasspathDirectory;
import dev.groundwork.graph.search.SearchIndex;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.tickets.TicketIndex;
import dev.groundwork.ingest.commonsense.CommonsenseIngest;
import dev.groundwork.ingest.sports.SportsIngest;
import dev.groundwork.ingest.tickets.TicketFormat;
import dev.groundwork.ingest.IngestOptions;
import dev.groundwork.ingest.IngestProgress;
import dev.groundwork.ingest.registry.Ingestors;
import dev.groundwork.ingest.tickets.graph.TicketIngest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The data {@code ask} is evaluated and tested on: a directory with {@code tickets/*.csv} (Jira
 * CSV export), {@code sports/} (the World Cup CSV files) and {@code commonsense/*.txt} (CN-100K
 * lines), any of them optional. The sample shipped in the jar ({@code ask/sample/}, see its
 * README for sources and licences) is one such directory. Stateless.
 *
 * <pre>{@code
 * Path dir = AskSample.extract(Files.createTempDirectory("sample"));
 * AskSample.ingest(store, dir, System.err::println);
 * }</pre>
 */
public final class AskSample {
    private static final String ROOT = "ask/sample";

    private AskSample() {}

    /** Copies the shipped sample into {@code target} and returns it. */
    public static Path extract(Path target) {
        try {
            for (String part : List.of("tickets", "sports", "commonsense")) {
                Path dir = Files.createDirectories(target.resolve(part));
                for (ClasspathDirectory.Entry e : ClasspathDirectory.list(ROOT + "/" + part, "")) {
                    if (e.name().isEmpty() || e.name().contains("/")) {
                        continue; // the directory's own entry in a jar
                    }
                    try (InputStream in = e.url().openStream()) {
                        Files.copy(in, dir.resolve(e.name()), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UnavailableException("cannot copy the sample data to " + target + ": " + e.getMessage(), e);
        }
    }

    /** Ingests every part of {@code dir} that is present; says what it did through {@code log}. */
    public static void ingest(GraphStore store, Path dir, Consumer<String> log) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException("--data must be a directory with tickets/, sports/ or commonsense/, got " + dir);
        }
        List<Path> tickets = files(dir.resolve("tickets"), ".csv");
        if (!tickets.isEmpty()) {
            try (SearchIndex index = TicketIndex.open(store)) {
                index.clear();
                var r = Ingestors.get(Ingestors.TICKETS, "csv").ingest(store, tickets, IngestOptions.DEFAULTS.withSearchIndex(index),
                        IngestProgress.NONE);
                log.accept("tickets: " + r);
            }
        }
        if (Files.isRegularFile(dir.resolve("sports/matches.csv"))) {
            log.accept("sports: " + Ingestors.get(Ingestors.SPORTS, "worldcup").ingest(store, List.of(dir.resolve("sports")),
                    IngestOptions.DEFAULTS, IngestProgress.NONE));
        }
        List<Path> concepts = files(dir.resolve("commonsense"), ".txt");
        if (!concepts.isEmpty()) {
            log.accept("commonsense: " + Ingestors.get(Ingestors.COMMONSENSE, "cn100k").ingest(store, concepts, IngestOptions.DEFAULTS,
                    IngestProgress.NONE).run());
        }
    }

    private static List<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UnavailableException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
