package dev.groundwork.ingest.tickets.graph;

import dev.groundwork.ingest.IngestProgress;

import dev.groundwork.graph.batch.BatchWriter;
import dev.groundwork.graph.embedding.TextEmbedder;
import dev.groundwork.graph.search.SearchIndex;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.ingest.tickets.TicketLink;
import dev.groundwork.ingest.tickets.TicketRecord;
import dev.groundwork.ingest.tickets.mentions.Mention;
import dev.groundwork.ingest.tickets.mentions.MentionExtractor;
import dev.groundwork.ingest.tickets.mentions.MentionKind;
import dev.groundwork.ingest.tickets.sections.Section;
import dev.groundwork.graph.tickets.SectionKind;
import dev.groundwork.ingest.tickets.sections.SectionSplitter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes parsed tickets in chunks: one transaction per chunk for the graph, then the chunk's
 * section embeddings into the search index. Unchanged tickets are skipped before any work.
 */
final class TicketWriter {
    private final GraphStore store;
    private final BatchWriter writer;
    private final SearchIndex index;
    private final TextEmbedder embedder;
    private final int chunkSize;
    private final IngestProgress progress;
    private final Map<String, TicketRecord> pending = new LinkedHashMap<>();
    private final Map<String, float[]> titleVectors = new LinkedHashMap<>();
    private long read;
    private long unchanged;
    private long sections;

    TicketWriter(GraphStore store, BatchWriter writer, SearchIndex index, TextEmbedder embedder, int chunkSize,
                 IngestProgress progress) {
        this.store = store;
        this.writer = writer;
        this.index = index;
        this.embedder = embedder;
        this.chunkSize = chunkSize;
        this.progress = progress;
    }

    void add(TicketRecord ticket) {
        read++;
        // A key seen twice in one chunk: the later record wins, as it would across chunks.
        pending.remove(ticket.key());
        pending.put(ticket.key(), ticket);
        if (pending.size() >= chunkSize) {
            flushChunk();
        }
    }

    /** Writes the last chunk; the index shows what was written but is not committed (the caller commits it with the run). */
    void finish() {
        flushChunk();
        index.refresh();
    }

    /** Keys of the tickets written (new or changed), with their title embeddings, in order. */
    Map<String, float[]> changed() {
        return titleVectors;
    }

    List<String> changedKeys() {
        return List.copyOf(titleVectors.keySet());
    }

    long unchanged() {
        return unchanged;
    }

    long sections() {
        return sections;
    }

    private void flushChunk() {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, String> existing = existingHashes(List.copyOf(pending.keySet()));
        List<TicketRecord> changed = new ArrayList<>();
        Map<String, List<Section>> split = new HashMap<>();
        for (TicketRecord t : pending.values()) {
            String hash = TicketIngest.contentHash(t);
            if (hash.equals(existing.get(t.key()))) {
                unchanged++;
                continue;
            }
            List<Section> parts = SectionSplitter.split(t);
            split.put(t.key(), parts);
            writeTicket(t, hash, parts);
            changed.add(t);
        }
        pending.clear();
        writer.flush();
        index(changed, split);
        progress.update(new IngestProgress.Update("tickets", "", 0, -1, read, sections, null));
    }

    private Map<String, String> existingHashes(List<String> keys) {
        return store.read(tx -> {
            Map<String, String> m = new HashMap<>();
            tx.run(TicketStatements.EXISTING_HASHES, Map.of("keys", keys)).forEachRemaining(
                    r -> m.put(r.get("key").asString(), r.get("hash").asString()));
            return m;
        });
    }

    private void writeTicket(TicketRecord t, String hash, List<Section> parts) {
        String src = t.sourceFile();
        long rec = t.recordNumber();
        writer.write(TicketStatements.TICKET, src, rec, Map.of("key", t.key(), "props", properties(t, hash)));
        writer.write(TicketStatements.CLEAR, src, rec, Map.of("key", t.key()));
        for (Section s : parts) {
            Map<String, Object> row = new HashMap<>();
            row.put("ticket", t.key());
            row.put("id", sectionId(t.key(), s.ordinal()));
            row.put("kind", s.kind().name());
            row.put("ordinal", s.ordinal());
            row.put("title", s.title());
            row.put("text", s.text());
            row.put("parent", s.isTopLevel() ? null : sectionId(t.key(), s.parent()));
            writer.write(TicketStatements.SECTION, src, rec, row);
        }
        for (Mention m : MentionExtractor.extract(t, parts)) {
            if (m.kind() == MentionKind.TICKET_KEY) {
                continue;
            }
            writer.write(TicketStatements.MENTION, src, rec, Map.of("key", m.kind().name() + ":" + m.value(),
                    "kind", m.kind().name(), "value", m.value(), "section", sectionId(t.key(), m.section())));
        }
        for (TicketLink l : t.links()) {
            writer.write(TicketStatements.LINKS.get(l.type()), src, rec, Map.of("from", l.sourceKey(), "to", l.targetKey(),
                    "props", Map.of("original", l.originalName())));
        }
    }

    private static Map<String, Object> properties(TicketRecord t, String hash) {
        Map<String, Object> p = new HashMap<>();
        p.put("title", t.title());
        p.put("status", t.status());
        p.put("priority", t.priority());
        p.put("type", t.type());
        p.put("resolution", t.resolution());
        p.put("project", t.project());
        p.put("created", t.created() == null ? null : t.created().toString());
        p.put("resolved", t.resolved() == null ? null : t.resolved().toString());
        // A date in no known form stays as its text, so nothing the export said is lost.
        p.put("createdText", t.unparsedDates().get("created"));
        p.put("resolvedText", t.unparsedDates().get("resolved"));
        p.put("components", t.components());
        p.put("versions", t.versions());
        p.put("labels", t.labels());
        p.put("contentHash", hash);
        p.values().removeIf(java.util.Objects::isNull);
        return p;
    }

    /**
     * What a section is searched and embedded by: the ticket's title for its summary, its fields but the outcome ones
     * (status, resolution: {@link SectionSplitter#OUTCOME_FIELDS}) for its FIELDS section, else the section's title and text.
     */
    static String embeddingText(String kind, String ticketTitle, String title, String text) {
        if (SectionKind.SUMMARY.name().equals(kind)) {
            return ticketTitle;
        }
        String matched = SectionKind.FIELDS.name().equals(kind) ? SectionSplitter.searchableFields(text) : text;
        return (title + "\n" + matched).strip();
    }

    /**
     * The text of a ticket's {@link SearchIndex#WHOLE} document, which BM25 matches a whole question against: its title and
     * its sections' texts, in order, but the fields (whose outcome fields would leak the answer to a duplicate search, and
     * whose other fields are no text of the report), given as parallel lists of section kinds and texts.
     */
    static String wholeText(String ticketTitle, List<String> kinds, List<String> texts) {
        StringBuilder out = new StringBuilder(ticketTitle == null ? "" : ticketTitle);
        for (int i = 0; i < kinds.size(); i++) {
            String kind = kinds.get(i);
            if (!SectionKind.SUMMARY.name().equals(kind) && !SectionKind.FIELDS.name().equals(kind) && texts.get(i) != null) {
                out.append('\n').append(texts.get(i));
            }
        }
        return out.toString().strip();
    }

    static String sectionId(String key, int ordinal) {
        return key + "#" + ordinal;
    }

    private void index(List<TicketRecord> changed, Map<String, List<Section>> split) {
        List<String> texts = new ArrayList<>();
        for (TicketRecord t : changed) {
            for (Section s : split.get(t.key())) {
                texts.add(embeddingText(s.kind().name(), t.title(), s.title(), s.text()));
            }
        }
        List<float[]> vectors = embedder.embedPassages(texts);
        int i = 0;
        for (TicketRecord t : changed) {
            List<SearchIndex.Doc> docs = new ArrayList<>();
            List<Section> own = split.get(t.key());
            docs.add(SearchIndex.Doc.whole(t.key(), wholeText(t.title(), own.stream().map(s -> s.kind().name()).toList(),
                    own.stream().map(Section::text).toList())));
            for (Section s : own) {
                float[] v = vectors.get(i);
                docs.add(new SearchIndex.Doc(sectionId(t.key(), s.ordinal()), t.key(), s.kind().name(), texts.get(i), v));
                if (s.kind() == SectionKind.SUMMARY) {
                    titleVectors.put(t.key(), v);
                }
                i++;
            }
            if (!titleVectors.containsKey(t.key())) {
                titleVectors.put(t.key(), embedder.embedPassages(List.of(t.title())).getFirst());
            }
            index.replaceGroup(t.key(), docs);
            sections += own.size();
        }
    }
}
