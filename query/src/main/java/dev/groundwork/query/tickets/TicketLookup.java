package dev.groundwork.query.tickets;

import dev.groundwork.graph.model.Node;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.tickets.LinkType;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one ticket with its sections and links, as the API shows it. Stateless and thread-safe.
 *
 * <pre>{@code
 * Optional<TicketLookup.TicketView> t = TicketLookup.ticket(store, "HADOOP-1234");
 * }</pre>
 */
public final class TicketLookup {
    static final String TICKET = """
            MATCH (t:Ticket {key: $key})
            OPTIONAL MATCH (t)-[:HAS_SECTION]->(s:Section)
            WITH t, s ORDER BY s.ordinal
            WITH t, collect(s) AS sections
            OPTIONAL MATCH (t)-[l:%s]-(o:Ticket)
            RETURN t, sections, collect(CASE WHEN l IS NULL THEN null
                   ELSE {type: type(l), outgoing: startNode(l) = t, score: l.score, key: o.key} END) AS links
            """.formatted(LinkType.CYPHER_ALTERNATION);

    /**
     * A ticket as the API shows it.
     *
     * @param id the node's element id
     * @param key the ticket key
     * @param properties its properties (provenance and hashes left out)
     * @param sections its sections in order, each with id, kind, ordinal, title and text
     * @param links its links: type, direction (outgoing or incoming), score (for SIMILAR_TO) and the other ticket's key
     */
    public record TicketView(String id, String key, Map<String, Object> properties, List<Map<String, Object>> sections,
                             List<Map<String, Object>> links) {}

    private TicketLookup() {}

    public static Optional<TicketView> ticket(GraphStore store, String key) {
        return store.read(tx -> {
            var result = tx.run(TICKET, Map.of("key", key));
            if (!result.hasNext()) {
                return Optional.<TicketView>empty();
            }
            var r = result.next();
            var t = r.get("t").asNode();
            List<Map<String, Object>> sections = new ArrayList<>();
            for (Value s : r.get("sections").values()) {
                Map<String, Object> m = new LinkedHashMap<>(Node.of(s.asNode()).properties());
                m.put("id", s.asNode().elementId());
                sections.add(m);
            }
            List<Map<String, Object>> links = new ArrayList<>();
            for (Value l : r.get("links").values()) {
                if (!l.isNull()) {
                    Map<String, Object> m = new LinkedHashMap<>(l.asMap());
                    m.put("direction", Boolean.TRUE.equals(m.remove("outgoing")) ? "OUTGOING" : "INCOMING");
                    links.add(m);
                }
            }
            return Optional.of(new TicketView(t.elementId(), key, Node.of(t).properties(), sections, links));
        });
    }
}
