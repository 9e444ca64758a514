package dev.groundwork.ingest.tickets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Locates the ticket fixtures under src/test/resources/tickets, reads and parses them for tests. */
public final class Fixtures {
    private Fixtures() {}

    /** The fixture's text, for tests of what follows parsing. */
    public static String text(String name) {
        try {
            return Files.readString(path(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/tickets/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parsed records plus the summary of one parse. */
    record Parsed(List<TicketRecord> records, ParseSummary summary) {
        TicketRecord get(String key) {
            return records.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
        }
    }

    static Parsed parse(TicketFormat format, ParseOptions options, Path... files) {
        List<TicketRecord> records = new ArrayList<>();
        ParseSummary summary = TicketParser.parse(format, List.of(files), options, records::add);
        return new Parsed(records, summary);
    }

    static Parsed parse(TicketFormat format, String... names) {
        return parse(format, ParseOptions.defaults(), paths(names));
    }

    static Path[] paths(String... names) {
        return java.util.Arrays.stream(names).map(Fixtures::path).toArray(Path[]::new);
    }
}
