package dev.groundwork.ingest.tickets.graph;

import dev.groundwork.graph.Provenance;
import dev.groundwork.graph.embedding.EmbeddingModel;
import dev.groundwork.graph.embedding.TextEmbedder;
import dev.groundwork.graph.search.SearchIndex;
import dev.groundwork.graph.store.GraphStore;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Rebuilds the ticket search index from the graph alone: every section's text and embedding, so an
 * index that was lost, corrupted or built with another model comes back in step with the graph,
 * embedded by the model given (recorded with the index).
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * long sections = TicketReindex.rebuild(store, index, TextEmbedder.shared(), n -> {});
 * }</pre>
 */
public final class TicketReindex {
    /** Cypher returning every section of the tickets {@code $keys} (all tickets when null), a ticket's rows together. */
    static final String SECTIONS = """
            MATCH (t:Ticket)-[:HAS_SECTION]->(s:Section) WHERE $keys IS NULL OR t.key IN $keys
            RETURN t.key AS ticket, t.title AS ticketTitle, s.id AS id, s.kind AS kind, s.title AS title, s.text AS text
            ORDER BY t.key, s.ordinal
            """;
    /**
     * Cypher returning one column {@code key}: the tickets ingest run {@code $run} wrote, itself or through their sections
     * (created, or written last: {@code gwRun} and {@code gwLastRun}), whose search documents its undo changes.
     */
    static final String TOUCHED_BY = """
            MATCH (t:Ticket) WHERE t.%1$s = $run OR t.%2$s = $run
            RETURN t.key AS key
            UNION
            MATCH (t:Ticket)-[:HAS_SECTION]->(s:Section) WHERE s.%1$s = $run OR s.%2$s = $run
            RETURN t.key AS key
            """.formatted(Provenance.RUN, Provenance.LAST_RUN);
    private static final int CHUNK = 512;

    private TicketReindex() {}

    /**
     * Clears the index and fills it from the graph with {@code embedder}'s vectors, recording its model
     * with the index; returns the number of sections indexed.
     */
    public static long rebuild(GraphStore store, SearchIndex index, TextEmbedder embedder, LongConsumer progress) {
        index.clear();
        index.recordEmbeddingModel(embedder.model());
        long done = write(store, index, embedder, null, progress);
        index.commit();
        progress.accept(done);
        return done;
    }

    /** Writes the documents of tickets {@code keys} (all when null) from the graph, a ticket's as one group; no commit. */
    private static long write(GraphStore store, SearchIndex index, TextEmbedder embedder, List<String> keys, LongConsumer progress) {
        long[] done = {0};
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("keys", keys);
        try (Session s = store.session(AccessMode.READ)) {
            s.executeRead(tx -> {
                var result = tx.run(SECTIONS, parameters);
                List<Map<String, Object>> chunk = new ArrayList<>();
                while (result.hasNext()) {
                    chunk.add(result.next().asMap());
                    if (chunk.size() >= CHUNK && !sameTicket(chunk)) {
                        done[0] += write(index, embedder, flushable(chunk));
                        progress.accept(done[0]);
                    }
                }
                done[0] += write(index, embedder, chunk);
                return null;
            });
        }
        return done[0];
    }

    /** The tickets ingest run {@code runId} wrote (empty for a run of another kind), read before it is undone. */
    public static List<String> touchedBy(GraphStore store, String runId) {
        return store.read(tx -> tx.run(TOUCHED_BY, Map.of("run", runId)).list(r -> r.get("key").asString()));
    }

    /**
     * Brings the documents of tickets {@code keys} back in step with the graph, after an undo removed or reverted them: a
     * ticket the graph still holds is indexed again from its sections (embedded with the model the index records), the
     * documents of one it no longer holds are removed. Commits; returns the number of sections indexed.
     */
    public static long resync(GraphStore store, SearchIndex index, Collection<String> keys) {
        if (keys.isEmpty()) {
            return 0;
        }
        // A ticket gone from the graph has no rows below: removing every ticket's documents first is what removes its.
        keys.forEach(key -> index.replaceGroup(key, List.of()));
        TextEmbedder embedder = TextEmbedder.shared(index.embeddingModel().orElse(EmbeddingModel.TICKETS_DEFAULT));
        long sections = write(store, index, embedder, List.copyOf(keys), n -> { });
        index.commit();
        return sections;
    }

    private static boolean sameTicket(List<Map<String, Object>> chunk) {
        return chunk.getFirst().get("ticket").equals(chunk.getLast().get("ticket"));
    }

    /** Removes and returns the rows up to the last whole ticket, so that a group is written at once. */
    private static List<Map<String, Object>> flushable(List<Map<String, Object>> chunk) {
        Object last = chunk.getLast().get("ticket");
        int cut = chunk.size();
        while (cut > 0 && chunk.get(cut - 1).get("ticket").equals(last)) {
            cut--;
        }
        List<Map<String, Object>> out = new ArrayList<>(chunk.subList(0, cut));
        chunk.subList(0, cut).clear();
        return out;
    }

    private static long write(SearchIndex index, TextEmbedder embedder, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        List<String> texts = rows.stream().map(TicketReindex::text).toList();
        List<float[]> vectors = embedder.embedPassages(texts);
        Map<String, List<Integer>> rowsOf = new java.util.LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            rowsOf.computeIfAbsent((String) rows.get(i).get("ticket"), k -> new ArrayList<>()).add(i);
        }
        rowsOf.forEach((ticket, at) -> {
            List<Map<String, Object>> own = at.stream().map(rows::get).toList();
            List<SearchIndex.Doc> docs = new ArrayList<>();
            docs.add(SearchIndex.Doc.whole(ticket, TicketWriter.wholeText(java.util.Objects.toString(own.getFirst().get("ticketTitle"), ""),
                    own.stream().map(r -> String.valueOf(r.get("kind"))).toList(),
                    own.stream().map(r -> java.util.Objects.toString(r.get("text"), "")).toList())));
            for (int i : at) {
                docs.add(new SearchIndex.Doc((String) rows.get(i).get("id"), ticket, (String) rows.get(i).get("kind"), texts.get(i), vectors.get(i)));
            }
            index.replaceGroup(ticket, docs);
        });
        return rows.size();
    }

    private static String text(Map<String, Object> r) {
        return TicketWriter.embeddingText(String.valueOf(r.get("kind")), String.valueOf(r.getOrDefault("ticketTitle", "")),
                String.valueOf(r.getOrDefault("title", "")), String.valueOf(r.getOrDefault("text", "")));
    }
}
