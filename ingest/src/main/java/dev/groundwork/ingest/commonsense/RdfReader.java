package dev.groundwork.ingest.commonsense;

import dev.groundwork.graph.Provenance;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.vocabulary.RDFS;

import dev.groundwork.graph.file.Utf8Lines;
import org.apache.jena.atlas.io.IO;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Any RDF syntax Jena reads, chosen by file extension (Turtle, N-Triples, RDF/XML, JSON-LD ...;
 * N-Triples and Turtle are streamed): resources become {@code Concept} nodes keyed by IRI (named by
 * their {@code rdfs:label} or else the IRI's local name), object properties relationships typed by
 * the property's local name, literals node properties. A syntax error stops the file (Jena cannot
 * resume inside a document), reported with its line and column. Invalid UTF-8 follows {@link Utf8Lines}' rule
 * ({@link Utf8Checked}), except in the XML syntaxes, whose parser applies the encoding the document declares.
 */
final class RdfReader implements CommonsenseReader {
    /** Properties Groundwork itself sets; an RDF property of that name is stored with an {@code rdf_} prefix. */
    private static final Set<String> RESERVED = Set.of("uri", Provenance.RUN, Provenance.SOURCE, Provenance.RECORD, Provenance.LAST_RUN, "placeholder");

    @Override
    public void read(Path file, Sink sink) throws IOException {
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        if (lang == null) {
            throw new dev.groundwork.graph.BadInputException(file + ": cannot tell the RDF syntax from the file name;"
                    + " expected an extension such as .ttl, .nt, .rdf, .owl, .jsonld, .nq (optionally .gz)");
        }
        long total = Files.size(file);
        Collector collector = new Collector(sink);
        // The XML syntaxes declare their own encoding, which the XML parser applies; the others are UTF-8 by specification.
        boolean utf8 = !lang.getContentType().getContentTypeStr().contains("xml");
        try (InputStream raw = IO.openFileEx(file.toString()); InputStream in = utf8 ? new Utf8Checked(raw, sink) : raw) {
            RDFParser.source(in).lang(lang).base(file.toAbsolutePath().toUri().toString()).errorHandler(new Strict(file)).parse(collector);
        } catch (RiotParseException e) {
            throw new dev.groundwork.graph.BadInputException(file + ":" + e.getLine() + ":" + e.getCol()
                    + ": invalid " + lang.getName() + ": " + e.getOriginalMessage(), e);
        } catch (RiotException e) {
            throw new dev.groundwork.graph.BadInputException(file + ": invalid " + lang.getName() + ": " + e.getMessage(), e);
        }
        sink.position(total, total);
    }

    /**
     * {@link Utf8Lines}' rule in front of Jena, which would otherwise apply its own: a line that is not valid UTF-8 is a
     * malformed record ({@link Sink#badRecord}: counted within the error budget, else an error naming the file, the
     * line and the byte offset) and reaches Jena as an empty line, so that line numbers stay right. A statement that
     * spans such a line then fails to parse, which stops the file as any syntax error does.
     */
    private static final class Utf8Checked extends InputStream {
        private final Utf8Lines lines;
        private final Sink sink;
        private byte[] pending = new byte[0];
        private int at;

        Utf8Checked(InputStream in, Sink sink) {
            this.lines = new Utf8Lines(in);
            this.sink = sink;
        }

        @Override
        public int read() throws IOException {
            return fill() ? pending[at++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(length, pending.length - at);
            System.arraycopy(pending, at, buffer, offset, n);
            at += n;
            return n;
        }

        private boolean fill() throws IOException {
            while (at == pending.length) {
                Utf8Lines.Line l = lines.next();
                if (l == null) {
                    return false;
                }
                if (l.malformed()) {
                    sink.badRecord(l.number(), l.problem());
                }
                pending = ((l.malformed() ? "" : l.text()) + lines.terminator()).getBytes(StandardCharsets.UTF_8);
                at = 0;
            }
            return true;
        }

        @Override
        public void close() throws IOException {
            lines.close();
        }
    }

    /** Jena's default handler logs warnings and goes on; bad input must stop the file, with its position. */
    private record Strict(Path file) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
            // Warnings (e.g. an unusual IRI) do not lose data.
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }
    }

    private static final class Collector extends StreamRDFBase {
        private final Sink sink;
        private long triples;

        Collector(Sink sink) {
            this.sink = sink;
        }

        @Override
        public void triple(Triple t) {
            triples++;
            ConceptRef subject = concept(t.getSubject());
            Node o = t.getObject();
            if (o.isLiteral()) {
                String key = t.getPredicate().getURI().equals(RDFS.label.getURI()) ? "name" : propertyKey(t.getPredicate());
                sink.literal(subject, key, value(o), triples);
                return;
            }
            try {
                sink.assertion(new Assertion(Assertion.relationType(localName(t.getPredicate())), subject, concept(o), 1.0,
                        "rdf", triples));
            } catch (IllegalArgumentException e) {
                sink.badRecord(triples, e.getMessage());
            }
        }

        @Override
        public void quad(org.apache.jena.sparql.core.Quad q) {
            triple(q.asTriple());
        }
    }

    private static ConceptRef concept(Node n) {
        String uri = n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.getURI();
        String name = n.isBlank() ? uri : localName(n);
        return new ConceptRef(uri, name.isBlank() ? uri : name, null, null);
    }

    private static String localName(Node n) {
        String uri = n.getURI();
        int cut = Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/'));
        return cut >= 0 && cut < uri.length() - 1 ? uri.substring(cut + 1) : uri;
    }

    private static String propertyKey(Node predicate) {
        String key = Assertion.relationType(localName(predicate));
        return RESERVED.contains(key) || key.isEmpty() ? "rdf_" + key : key;
    }

    private static Object value(Node literal) {
        Object v;
        try {
            v = literal.getLiteralValue();
        } catch (org.apache.jena.datatypes.DatatypeFormatException e) {
            return literal.getLiteralLexicalForm();
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                || v instanceof java.math.BigInteger) {
            return ((Number) v).longValue();
        }
        if (v instanceof Number num) {
            return num.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b;
        }
        return literal.getLiteralLexicalForm();
    }
}
