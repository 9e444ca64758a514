package dev.groundwork.graph.rdf;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.model.Edge;
import dev.groundwork.graph.model.Node;
import dev.groundwork.graph.model.Subgraph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes any {@link Subgraph} as RDF through Jena: a node becomes a resource (its {@code uri}
 * property when that is an absolute IRI, else {@code https://groundwork.dev/node/<element id>}),
 * typed by its labels and carrying its properties as literals ({@code name} as {@code rdfs:label});
 * an edge becomes a triple whose predicate is {@code https://groundwork.dev/rel/<type>}.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * String turtle = SubgraphRdf.write(subgraph, "ttl");
 * }</pre>
 */
public final class SubgraphRdf {
    public static final String NODE_NS = "https://groundwork.dev/node/";
    public static final String REL_NS = "https://groundwork.dev/rel/";
    public static final String LABEL_NS = "https://groundwork.dev/label/";
    public static final String PROP_NS = "https://groundwork.dev/property/";
    private static final Map<String, Lang> FORMATS = Map.of("ttl", Lang.TURTLE, "turtle", Lang.TURTLE, "jsonld", Lang.JSONLD,
            "json-ld", Lang.JSONLD, "nt", Lang.NTRIPLES, "ntriples", Lang.NTRIPLES, "rdfxml", Lang.RDFXML);

    private SubgraphRdf() {}

    /**
     * The sub-graph in {@code format}: {@code ttl}, {@code jsonld}, {@code nt} or {@code rdfxml}.
     *
     * @throws BadInputException naming the formats for any other
     */
    public static String write(Subgraph subgraph, String format) {
        Lang lang = FORMATS.get(format == null ? "" : format.toLowerCase(Locale.ROOT));
        if (lang == null) {
            throw new BadInputException("RDF format must be one of ttl, jsonld, nt, rdfxml; got '" + format + "'");
        }
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, model(subgraph), lang);
        return out.toString();
    }

    /** The sub-graph as a Jena model. */
    public static Model model(Subgraph subgraph) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("gwr", REL_NS);
        m.setNsPrefix("gwl", LABEL_NS);
        m.setNsPrefix("gwp", PROP_NS);
        m.setNsPrefix("rdfs", RDFS.getURI());
        Map<String, Resource> byId = new HashMap<>();
        for (Node n : subgraph.nodes()) {
            Resource r = m.createResource(iri(n));
            byId.put(n.id(), r);
            n.labels().forEach(l -> r.addProperty(RDF.type, m.createResource(LABEL_NS + encode(l))));
            n.properties().forEach((k, v) -> {
                if (k.equals("name")) {
                    r.addProperty(RDFS.label, String.valueOf(v));
                } else if (!k.equals("uri")) {
                    literals(v).forEach(x -> r.addLiteral(m.createProperty(PROP_NS + encode(k)), m.createTypedLiteral(x)));
                }
            });
        }
        for (Edge e : subgraph.edges()) {
            byId.get(e.source()).addProperty(m.createProperty(REL_NS + encode(e.type())), byId.get(e.target()));
        }
        return m;
    }

    private static List<?> literals(Object v) {
        return v instanceof List<?> l ? l : List.of(v);
    }

    private static String iri(Node n) {
        Object uri = n.properties().get("uri");
        if (uri instanceof String s && s.matches("[A-Za-z][A-Za-z0-9+.-]*:.+") && !s.contains(" ")) {
            return s;
        }
        if (uri instanceof String s && s.startsWith("/c/")) {
            return "http://conceptnet.io" + s.replace(" ", "_");
        }
        return NODE_NS + encode(n.id());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
