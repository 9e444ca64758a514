package dev.groundwork.ingest.commonsense;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one source file and reports what it holds to a {@link Sink}. */
interface CommonsenseReader {

    /** Where a reader puts what it reads. */
    interface Sink {
        void assertion(Assertion a);

        /** A literal-valued property of a resource (RDF). */
        void literal(ConceptRef subject, String key, Object value, long line);

        /** A record that is fine but not wanted (another language, a non-concept end). */
        void skip();

        /** A malformed record: skipped within the error budget, else a {@code BadInputException}. */
        void badRecord(long line, String message);

        /** How far the reader is, in bytes of the file. */
        void position(long done, long total);
    }

    void read(Path file, Sink sink) throws IOException;
}
