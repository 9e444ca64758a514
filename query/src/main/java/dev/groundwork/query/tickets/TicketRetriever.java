package dev.groundwork.query.tickets;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.NotFoundException;
import dev.groundwork.graph.embedding.EmbeddingModel;
import dev.groundwork.graph.embedding.TextEmbedder;
import dev.groundwork.graph.model.Answer;
import dev.groundwork.graph.search.SearchIndex;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.graph.tickets.SectionKind;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Retrieval over the ticket knowledge graph, after Xu et al. 2024: a question is parsed into the
 * entities the graph knows and the section kinds it asks for; tickets are scored by aggregating
 * their sections' hybrid scores (BM25 and embedding similarity, as the paper sums section
 * similarities), then by the evidence of the graph (shared rare mentions such as exception classes
 * and error codes, and the scores of linked tickets); finally the sub-graph that answers is
 * extracted with Cypher: the tickets, the sections of the asked kinds and the linked tickets, each
 * with its node id as a citation.
 *
 * <p>Thread-safe after construction (the graph's structure is read once; call {@link #refresh()}
 * after an ingest). Lifetime: as long as the store and index it reads.
 *
 * <pre>{@code
 * TicketRetriever retriever = TicketRetriever.forIndex(store, index, TicketRetriever.Weights.DEFAULTS);
 * Answer a = retriever.ask("How do I fix the NullPointerException in DataNode?", 3);
 * List<TicketRetriever.Scored> duplicates = retriever.similarTo("HADOOP-1234", 5);
 * }</pre>
 */
public final class TicketRetriever {
    /** Cypher returning {@code n}: how many tickets the graph holds (0 = no ticket data). */
    public static final String COUNT = "MATCH (t:Ticket) RETURN count(t) AS n";
    /**
     * Cypher returning one column {@code name}: the ticket keys a question may mention. Keys such as HADOOP-1234 only
     * (the project part makes them rare words); bare numeric keys would match any number.
     */
    public static final String KEYS = "MATCH (t:Ticket) WHERE t.key =~ '.*[A-Za-z].*-[0-9]+' RETURN t.key AS name";
    /** Cypher returning one column {@code text}: up to 300 ticket titles, examples of what questions about tickets say. */
    public static final String TITLES = "MATCH (t:Ticket) WHERE t.title IS NOT NULL RETURN t.title AS text ORDER BY t.key LIMIT 300";
    /**
     * Cypher returning one row for ticket {@code $key}: {@code title} and {@code body}, the texts of its sections but the
     * title and the fields, in order (the fields hold the outcome, which a search for its duplicates must not read).
     */
    static final String OWN_TEXT = """
            MATCH (t:Ticket {key: $key})
            OPTIONAL MATCH (t)-[:HAS_SECTION]->(s:Section)
            WHERE NOT s.kind IN ['FIELDS', 'SUMMARY']
            WITH t, s ORDER BY s.ordinal
            RETURN coalesce(t.title, '') AS title, collect(s.text) AS body
            """;


    /**
     * How the scores combine. The default fuses standardised scores and needs no tuning: the sum of the z-scores of the
     * tickets' best-section BM25 score, of their best cosine to the question's title and of their best cosine to its
     * body, plus one z-score per structural {@link RetrievalPart} that is on, each evidence counting once, no weight. The
     * other form, a weighted sum of normalised scores, is what {@code eval tickets --tune} searches for users with
     * labelled data.
     *
     * @param fused true for the unweighted fusion of z-scores, false for the weighted sum
     * @param parts the structural parts on (fused form; the weighted sum uses mentions and links through their weights)
     * @param bm25 weight of the best sections' BM25 score (normalised by the best ticket's)
     * @param vector weight of the embedding similarity of the question's title and body to the ticket's sections
     * @param mention weight of shared mentions (IDF-weighted exception classes and error codes)
     * @param link weight of the base scores of linked tickets
     * @param sectionsSummed how many of a ticket's best sections are summed
     * @param candidates hits taken from each index before aggregation
     */
    public record Weights(boolean fused, Set<RetrievalPart> parts, double bm25, double vector, double mention, double link,
                          int sectionsSummed, int candidates) {
        /**
         * Fused BM25 and dense evidence, BM25 against whole tickets and nearness in filing time: the parts that raised MRR
         * on both halves of hadoop (docs/tickets.md); no weight tuned.
         */
        public static final Weights DEFAULTS = fused(Set.of(RetrievalPart.WHOLE_TICKET, RetrievalPart.NEAR_IN_TIME));

        public Weights {
            parts = parts.isEmpty() ? Set.of() : Set.copyOf(java.util.EnumSet.copyOf(parts));
            if (bm25 < 0 || vector < 0 || mention < 0 || link < 0) {
                throw new BadInputException("weights must not be negative, got " + bm25 + "/" + vector + "/" + mention + "/" + link);
            }
            if (sectionsSummed < 1 || candidates < 1) {
                throw new BadInputException("sectionsSummed and candidates must be at least 1, got " + sectionsSummed + "/" + candidates);
            }
        }

        /** A weighted sum of normalised scores, the form {@code --tune} searches. */
        public Weights(double bm25, double vector, double mention, double link, int sectionsSummed, int candidates) {
            this(false, Set.of(), bm25, vector, mention, link, sectionsSummed, candidates);
        }

        /** The unweighted fusion of the z-scores of BM25, dense and {@code parts}' evidence. */
        public static Weights fused(Set<RetrievalPart> parts) {
            return new Weights(true, parts, 1, 1, 0, 0, 1, 300);
        }

        /** These weights with {@code off} switched off. */
        public Weights without(Set<RetrievalPart> off) {
            Set<RetrievalPart> on = java.util.EnumSet.noneOf(RetrievalPart.class);
            on.addAll(parts);
            on.removeAll(off);
            return new Weights(fused, on, bm25, vector, mention, link, sectionsSummed, candidates);
        }

        /** These weights with {@code more} switched on as well. */
        public Weights with(Set<RetrievalPart> more) {
            Set<RetrievalPart> on = java.util.EnumSet.noneOf(RetrievalPart.class);
            on.addAll(parts);
            on.addAll(more);
            return new Weights(fused, on, bm25, vector, mention, link, sectionsSummed, candidates);
        }
    }

    /**
     * A ranked ticket.
     *
     * @param key the ticket key
     * @param score its combined score
     * @param parts the score's parts by name (bm25, vector, mention, identifier, link)
     */
    public record Scored(String key, double score, Map<String, Double> parts) {}

    private final GraphStore store;
    private final SearchIndex index;
    private final TextEmbedder embedder;
    private final Weights weights;
    private volatile TicketGraph graph;

    /**
     * A retriever whose questions are embedded by {@code embedder}, which must be the model the index's
     * vectors come from ({@link dev.groundwork.graph.embedding.EmbeddingModelMismatchException} otherwise).
     */
    public TicketRetriever(GraphStore store, SearchIndex index, TextEmbedder embedder, Weights weights) {
        index.requireEmbeddingModel(embedder.model());
        this.store = store;
        this.index = index;
        this.embedder = embedder;
        this.weights = weights;
        this.graph = TicketGraph.read(store);
    }

    /** A retriever embedding questions with the model the index records (the tickets' default for an empty index). */
    public static TicketRetriever forIndex(GraphStore store, SearchIndex index, Weights weights) {
        return new TicketRetriever(store, index, TextEmbedder.shared(index.embeddingModel().orElse(EmbeddingModel.TICKETS_DEFAULT)),
                weights);
    }

    /** Re-reads the graph's links and mentions, after an ingest. */
    public void refresh() {
        graph = TicketGraph.read(store);
    }

    /**
     * Ranks tickets for a question given as a title and a body (either may be empty), leaving out
     * {@code excluded} tickets and everything attached to them.
     */
    public List<Scored> rank(String title, String body, int k, Set<String> excluded) {
        return candidates(title, body, null, excluded, weights.parts()).rank(weights, k);
    }

    /**
     * Ranks tickets for a ticket's own text: its title and body, filed at {@code filed} (null when unknown), so that
     * {@link RetrievalPart#NEAR_IN_TIME} can count; {@code excluded} holds the ticket itself.
     */
    public List<Scored> rank(String title, String body, Instant filed, int k, Set<String> excluded) {
        return candidates(title, body, filed, excluded, weights.parts()).rank(weights, k);
    }

    /**
     * The tickets that may duplicate ticket {@code key}, best first: ranked by its title and the text of its sections
     * (the fields left out) and, with {@link RetrievalPart#NEAR_IN_TIME} on, by how near in time to it they were filed;
     * the ticket itself is left out.
     *
     * @throws NotFoundException when the graph holds no ticket {@code key}
     */
    public List<Scored> similarTo(String key, int k) {
        var own = store.read(tx -> tx.run(OWN_TEXT, Map.of("key", key)).list());
        if (own.isEmpty()) {
            throw new NotFoundException("ticket '" + key + "' is not in the graph; expected the key of an ingested ticket");
        }
        String title = own.getFirst().get("title").asString();
        String body = String.join("\n\n", own.getFirst().get("body").asList(v -> v.isNull() ? "" : v.asString())).strip();
        if (title.isBlank() && body.isEmpty()) {
            throw new BadInputException("ticket '" + key + "' has no text to compare; expected a title or a section");
        }
        return rank(title, body, filed(key).orElse(null), k, Set.of(key));
    }

    /** When the graph says ticket {@code key} was filed (empty when it does not know the ticket or its creation time). */
    public Optional<Instant> filed(String key) {
        return graph.created(key);
    }

    /**
     * The evidence for a question, filed at {@code filed} when it is a ticket (null otherwise), with what {@code parts}
     * need, to be ranked under any weights using no more parts.
     */
    public Candidates candidates(String title, String body, Instant filed, Set<String> excluded, Set<RetrievalPart> parts) {
        String text = (title + "\n" + body).strip();
        if (text.isEmpty()) {
            throw new BadInputException("question must not be empty");
        }
        TicketGraph g = graph;
        List<String> texts = body.isBlank() || title.isBlank() ? List.of(text) : List.of(title, body);
        Candidates.Builder evidence = new Candidates.Builder(texts.size());
        evidence.filed(filed);
        for (SearchIndex.Hit h : index.searchText(text, weights.candidates(), excluded)) {
            evidence.bm25(h.group(), h.score());
        }
        // Searched whatever the parts, so that switching whole-ticket changes the scores and not the candidates.
        for (SearchIndex.Hit h : index.searchText(text, weights.candidates(), excluded, SearchIndex.WHOLE, false)) {
            evidence.wholeBm25(h.group(), h.score());
        }
        List<float[]> vectors = embedder.embedQueries(texts);
        for (int t = 0; t < vectors.size(); t++) {
            for (SearchIndex.Hit h : index.searchVector(vectors.get(t), weights.candidates(), excluded)) {
                evidence.dense(t, h.group(), h.score());
            }
        }
        if (parts.contains(RetrievalPart.SECTION_MATCH) && !title.isBlank() && !body.isBlank()) {
            String summary = SectionKind.SUMMARY.name();
            for (SearchIndex.Hit h : index.searchText(title, weights.candidates(), excluded, summary, false)) {
                evidence.sectioned(Candidates.TITLE_BM25, h.group(), h.score());
            }
            for (SearchIndex.Hit h : index.searchText(body, weights.candidates(), excluded, summary, true)) {
                evidence.sectioned(Candidates.BODY_BM25, h.group(), h.score());
            }
            for (SearchIndex.Hit h : index.searchVector(vectors.get(0), weights.candidates(), excluded, summary, false)) {
                evidence.sectioned(Candidates.TITLE_DENSE, h.group(), h.score());
            }
            for (SearchIndex.Hit h : index.searchVector(vectors.get(1), weights.candidates(), excluded, summary, true)) {
                evidence.sectioned(Candidates.BODY_DENSE, h.group(), h.score());
            }
        }
        return evidence.build(g, QuestionParser.parse(text, g).mentions(), Identifiers.counts(text), excluded);
    }

    /** The weights this retriever ranks with. */
    public Weights weights() {
        return weights;
    }

    /** Answers a question: the top tickets, their sections of the asked kinds and linked tickets, cited. */
    public Answer ask(String question, int k) {
        long t0 = System.nanoTime();
        List<Scored> top = rank(question, "", k, Set.of());
        double retrievalMs = (System.nanoTime() - t0) / 1e6;
        return TicketAnswers.compose(store, question, top, QuestionParser.intent(question), retrievalMs);
    }
}
