package dev.groundwork.query.tickets;

import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.tickets.LinkType;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.value.ValueException;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A snapshot of the ticket graph's structure that ranking needs on every query: each ticket's
 * links (explicit and SIMILAR_TO), the mentions of its sections, with each mention's document
 * frequency, and when it was filed. Read once with Cypher; immutable afterwards, so thread-safe.
 */
final class TicketGraph {
    static final String LINKS = """
            MATCH (a:Ticket)-[r:%s]-(b:Ticket)
            WHERE a.key < b.key
            RETURN a.key AS a, b.key AS b, type(r) AS type, coalesce(r.score, 1.0) AS score
            """.formatted(LinkType.CYPHER_ALTERNATION);
    static final String MENTIONS = """
            MATCH (t:Ticket)-[:HAS_SECTION]->(:Section)-[:MENTIONS]->(m:Mention)
            WHERE m.kind IN ['EXCEPTION', 'ERROR_CODE', 'FRAME', 'CONFIG_KEY']
            RETURN t.key AS ticket, collect(DISTINCT m.value) AS values
            """;

    /** Cypher returning each ticket's text but its fields (title, description, comments), for its {@link Identifiers}. */
    static final String TEXTS = """
            MATCH (t:Ticket)-[:HAS_SECTION]->(s:Section)
            WHERE s.kind <> 'FIELDS'
            RETURN t.key AS ticket, coalesce(s.title, '') + '\\n' + coalesce(s.text, '') AS text
            """;

    /**
     * Cypher returning each ticket's creation time as the ingest wrote it ({@code created}: an ISO-8601 instant, or a
     * temporal value another writer put there).
     */
    static final String CREATED = "MATCH (t:Ticket) WHERE t.created IS NOT NULL RETURN t.key AS ticket, t.created AS created";

    record Link(String other, String type, double score) {}

    private final Map<String, List<Link>> links;
    private final Map<String, Set<String>> mentions;
    private final Map<String, Integer> mentionFrequency;
    private final int tickets;
    private final Identifiers identifiers;
    private final Map<String, Instant> created;

    TicketGraph(Map<String, List<Link>> links, Map<String, Set<String>> mentions, Identifiers identifiers, Map<String, Instant> created,
                int tickets) {
        this.links = links;
        this.created = created;
        this.identifiers = identifiers;
        this.mentions = mentions;
        this.tickets = Math.max(1, tickets);
        Map<String, Integer> df = new HashMap<>();
        mentions.values().forEach(vs -> vs.forEach(v -> df.merge(v, 1, Integer::sum)));
        this.mentionFrequency = df;
    }

    static TicketGraph read(GraphStore store) {
        Map<String, List<Link>> links = new HashMap<>();
        Map<String, Set<String>> mentions = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        Map<String, Instant> created = new HashMap<>();
        store.read(tx -> {
            tx.run(LINKS).forEachRemaining(r -> {
                String a = r.get("a").asString();
                String b = r.get("b").asString();
                String type = r.get("type").asString();
                double score = r.get("score").asDouble();
                links.computeIfAbsent(a, k -> new ArrayList<>()).add(new Link(b, type, score));
                links.computeIfAbsent(b, k -> new ArrayList<>()).add(new Link(a, type, score));
            });
            tx.run(MENTIONS).forEachRemaining(r -> mentions.put(r.get("ticket").asString(),
                    new HashSet<>(r.get("values").asList(v -> v.asString()))));
            tx.run(TEXTS).forEachRemaining(r -> texts.merge(r.get("ticket").asString(), r.get("text").asString(), (a, b) -> a + "\n" + b));
            tx.run(CREATED).forEachRemaining(r -> instant(r.get("created")).ifPresent(i -> created.put(r.get("ticket").asString(), i)));
            return null;
        });
        int tickets = store.read(tx -> tx.run("MATCH (t:Ticket) RETURN count(t) AS n").single().get("n").asInt());
        return new TicketGraph(links, mentions, Identifiers.of(texts, tickets), created, tickets);
    }

    /** A creation time that is neither an instant nor a zoned date-time is no evidence, not an error: ranking goes on without it. */
    private static Optional<Instant> instant(Value v) {
        try {
            return Optional.of("DATE_TIME".equals(v.type().name()) ? v.asZonedDateTime().toInstant() : Instant.parse(v.asString()));
        } catch (DateTimeParseException | ValueException e) {
            return Optional.empty();
        }
    }

    /** When {@code ticket} was filed, if the graph records it. */
    Optional<Instant> created(String ticket) {
        return Optional.ofNullable(created.get(ticket));
    }

    List<Link> links(String ticket) {
        return links.getOrDefault(ticket, List.of());
    }

    Set<String> mentions(String ticket) {
        return mentions.getOrDefault(ticket, Set.of());
    }

    /** The code identifiers of the tickets' text, ranked by BM25. */
    Identifiers identifiers() {
        return identifiers;
    }

    boolean knowsMention(String value) {
        return mentionFrequency.containsKey(value);
    }

    /** Inverse document frequency: a mention few tickets share says more than a common one. */
    double idf(String value) {
        return Math.log(1.0 + (double) tickets / mentionFrequency.getOrDefault(value, tickets));
    }
}
