package dev.groundwork.api.cli;

import dev.groundwork.ingest.registry.Ingestors;

import java.util.Iterator;

/**
 * The formats each {@code groundwork ingest KIND} reads, from the ingest registry, as picocli
 * {@code completionCandidates}: for {@code ${COMPLETION-CANDIDATES}} in help and for the completion
 * script. The option stays a String checked by the registry, so its message names the formats.
 * Stateless.
 */
abstract class IngestFormats implements Iterable<String> {
    private final String kind;

    IngestFormats(String kind) {
        this.kind = kind;
    }

    @Override
    public Iterator<String> iterator() {
        return Ingestors.formats(kind).iterator();
    }

    static final class Tickets extends IngestFormats {
        Tickets() {
            super(Ingestors.TICKETS);
        }
    }

    static final class Sports extends IngestFormats {
        Sports() {
            super(Ingestors.SPORTS);
        }
    }

    static final class Commonsense extends IngestFormats {
        Commonsense() {
            super(Ingestors.COMMONSENSE);
        }
    }

    static final class Triples extends IngestFormats {
        Triples() {
            super(Ingestors.TRIPLES);
        }
    }
}
