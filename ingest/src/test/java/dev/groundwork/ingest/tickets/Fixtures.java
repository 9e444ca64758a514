package dev.groundwork.ingest.tickets;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Locates the ticket fixtures under src/test/resources/tickets and parses them for tests. */
final class Fixtures {
    private Fixtures() {}

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
