package dev.groundwork.ingest.tickets.graph;

import dev.groundwork.graph.Provenance;
import dev.groundwork.graph.batch.WriteStatement;
import dev.groundwork.graph.tickets.LinkType;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** The Cypher that writes tickets, each consuming a batch as {@code $rows} with provenance. */
final class TicketStatements {
    private TicketStatements() {}

    static final WriteStatement TICKET = WriteStatement.mergeNode("Ticket", "key");

    /**
     * A changed ticket replaces its sections: the old ones are superseded (deleted when the run
     * commits, back if it fails), sections this run wrote for it earlier go, and so do the ticket's
     * similarity links (recomputed by the run).
     */
    static final WriteStatement CLEAR = new WriteStatement("clear ticket", """
            UNWIND $rows AS row
            MATCH (t:Ticket {key: row.key})
            OPTIONAL MATCH (t)-[similar:SIMILAR_TO]-()
            DELETE similar
            WITH DISTINCT t
            CALL (t) {
              MATCH (s:Section {ticket: t.key}) WHERE s.%1$s = $run
              DETACH DELETE s
            }
            CALL (t) {
              MATCH (s:Section {ticket: t.key}) WHERE coalesce(s.%1$s, '') <> $run
              %2$s
            }
            """.formatted(Provenance.RUN, WriteStatement.supersede("s", "Section")), Set.of(), Set.of());

    static final WriteStatement SECTION = new WriteStatement("section", """
            UNWIND $rows AS row
            MATCH (t:Ticket {key: row.ticket})
            CREATE (s:Section {id: row.id, ticket: row.ticket, kind: row.kind, ordinal: row.ordinal, title: row.title,
                               text: row.text, %1$s})
            CREATE (t)-[:HAS_SECTION {%2$s: $run}]->(s)
            WITH s, row
            MATCH (p:Section {id: row.parent})
            CREATE (s)-[:PART_OF {%2$s: $run}]->(p)
            """.formatted(Provenance.createdEntries(), Provenance.RUN), Set.of("Section"), Set.of("HAS_SECTION", "PART_OF"));

    static final WriteStatement MENTION = new WriteStatement("mention", """
            UNWIND $rows AS row
            MERGE (m:Mention {key: row.key})
            ON CREATE SET m.kind = row.kind, m.value = row.value, %s, m.%s = row.source, m.%s = row.record
            WITH m, row
            MATCH (s:Section {id: row.section})
            MERGE (s)-[r:MENTIONS]->(m)
            ON CREATE SET %s
            """.formatted(Provenance.created("m"), Provenance.SOURCE, Provenance.RECORD, Provenance.created("r")),
            Set.of("Mention"), Set.of("MENTIONS"));

    static final WriteStatement SIMILAR = new WriteStatement("similar", """
            UNWIND $rows AS row
            MATCH (a:Ticket {key: row.from}), (b:Ticket {key: row.to})
            MERGE (a)-[r:SIMILAR_TO]-(b)
            ON CREATE SET %s
            WITH r, row
            %s
            SET r.score = row.score, %s
            """.formatted(Provenance.created("r"), WriteStatement.journalRelationship("r", "{score: row.score}"), Provenance.written("r")),
            Set.of(), Set.of("SIMILAR_TO"));

    static final Map<LinkType, WriteStatement> LINKS = links();

    private static Map<LinkType, WriteStatement> links() {
        Map<LinkType, WriteStatement> m = new EnumMap<>(LinkType.class);
        for (LinkType t : LinkType.values()) {
            m.put(t, WriteStatement.mergeRelationship("Ticket", "key", t.name(), "Ticket", "key"));
        }
        return m;
    }

    static final String EXISTING_HASHES = """
            MATCH (t:Ticket) WHERE t.key IN $keys AND t.contentHash IS NOT NULL
            RETURN t.key AS key, t.contentHash AS hash
            """;
}
