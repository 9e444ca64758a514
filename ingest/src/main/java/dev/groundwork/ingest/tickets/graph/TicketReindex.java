package dev.groundwork.ingest.tickets.graph;

import dev.groundwork.graph.embedding.TextEmbedder;
import dev.groundwork.graph.search.SearchIndex;
import dev.groundwork.graph.store.GraphStore;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Session;

import java.util.ArrayList;
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
    static final String SECTIONS = """
            MATCH (t:Ticket)-[:HAS_SECTION]->(s:Section)
            RETURN t.key AS ticket, t.title AS ticketTitle, s.id AS id, s.kind AS kind, s.title AS title, s.text AS text
            ORDER BY t.key, s.ordinal
            """;
    private static final int CHUNK = 512;

    private TicketReindex() {}

    /**
     * Clears the index and fills it from the graph with {@code embedder}'s vectors, recording its model
     * with the index; returns the number of sections indexed.
     */
    public static long rebuild(GraphStore store, SearchIndex index, TextEmbedder embedder, LongConsumer progress) {
        index.clear();
        index.recordEmbeddingModel(embedder.model());
        long[] done = {0};
        try (Session s = store.session(AccessMode.READ)) {
            s.executeRead(tx -> {
                var result = tx.run(SECTIONS);
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
        index.commit();
        progress.accept(done[0]);
        return done[0];
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
