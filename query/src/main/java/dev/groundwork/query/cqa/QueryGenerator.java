package dev.groundwork.query.cqa;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.query.linkprediction.Triple;
import dev.groundwork.query.linkprediction.TripleSplits;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates labelled complex queries from train/valid/test splits by the rules of the BetaE generator
 * (Ren and Leskovec 2020; snap-stanford/KGReasoning, {@code create_queries.py}): a query is grounded
 * backwards from a random answer, each projection drawing a relation (and direction) uniformly among
 * those at its target and then a neighbour uniformly among that relation's; a chain never goes back
 * along the relation it came by (r followed by the reverse of r); then the query is answered exactly
 * with set semantics.
 *
 * <ul>
 *   <li>{@link Purpose#TRAIN}: grounded on and answered over train only; every answer is a hard answer.</li>
 *   <li>{@link Purpose#TEST}: grounded on train + valid + test; {@code answers} are those on that full
 *       graph, {@code hardAnswers} those not already answers on train + valid (so each needs at least
 *       one test edge); queries without a hard answer are rejected, and so are negation queries whose
 *       held-out edges remove no answer of train + valid.</li>
 *   <li>{@link Purpose#VALID}: the same one split earlier, for choosing settings without looking at
 *       test: grounded on train + valid, easy answers those on train, each hard answer needs a valid edge.</li>
 * </ul>
 * With {@link Protocol#QUERY2BOX}, chains (1p, 2p, 3p) and unions (2u, up) are instead sampled forwards from random
 * anchors, each projection drawing a relation at the entity reached and then a neighbour, and the branches of a union
 * independently of each other: what the Query2Box test sets (on which CQD's published figures are measured) show.
 * Duplicates are rejected, and, when a bound is given, queries with more hard answers than the bound (BetaE's
 * {@code max_ans_num}; none by default, as there and in the Query2Box test sets). Deterministic for a seed.
 * Stateless apart from its inputs; thread-safe.
 *
 * <pre>{@code
 * List<LabeledQuery> test = QueryGenerator.generate(splits, List.of(QueryType.P2, QueryType.IN2), 100, Purpose.TEST, 42);
 * }</pre>
 */
public final class QueryGenerator {
    /** Which graph the queries are grounded on; see the class comment. */
    public enum Purpose {
        TRAIN, VALID, TEST;

        /** The spelling on the command line, lower case ({@code test}), which help and shell completion show. */
        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Whose test sets the generated queries follow; see the class comment. */
    public enum Protocol {
        /** Every query grounded backwards from an answer, as BetaE's {@code create_queries.py}. */
        BETAE,
        /** As {@link #BETAE} but chains and unions sampled forwards from random anchors, as the Query2Box test sets. */
        QUERY2BOX;

        /** The spelling on the command line, lower case ({@code query2box}). */
        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** No bound on the number of a query's hard answers (BetaE's default {@code max_ans_num}, 10^6, is none in practice). */
    public static final int UNBOUNDED = 0;
    private static final int ATTEMPTS_PER_QUERY = 200;
    private static final int NO_RELATION = -1;

    private final List<String> entities = new ArrayList<>();
    private final Map<String, Integer> entityIds = new HashMap<>();
    private final List<String> relations = new ArrayList<>();
    private final Map<String, Integer> relationIds = new HashMap<>();
    private final KnownGraph grounding;
    private final KnownGraph easy;
    private final Purpose purpose;
    private final Protocol protocol;
    private final int maxHardAnswers;

    private QueryGenerator(TripleSplits splits, Purpose purpose, Protocol protocol, int maxHardAnswers) {
        this.purpose = purpose;
        this.protocol = protocol;
        this.maxHardAnswers = maxHardAnswers;
        for (List<Triple> split : List.of(splits.train(), splits.valid(), splits.test())) {
            for (Triple t : split) {
                number(t.head(), entities, entityIds);
                number(t.relation(), relations, relationIds);
                number(t.tail(), entities, entityIds);
            }
        }
        List<Triple> observed = new ArrayList<>(splits.train());
        List<Triple> groundOn = observed;
        if (purpose != Purpose.TRAIN) {
            if (purpose == Purpose.TEST) {
                observed.addAll(splits.valid());
            }
            groundOn = new ArrayList<>(observed);
            groundOn.addAll(purpose == Purpose.TEST ? splits.test() : splits.valid());
        }
        grounding = KnownGraph.of(groundOn, entities.size(), relations.size(), this::entityId, this::relationId);
        easy = purpose == Purpose.TRAIN ? null : KnownGraph.of(observed, entities.size(), relations.size(), this::entityId, this::relationId);
    }

    /**
     * Up to {@code perType} queries of each type (fewer if the graph does not give that many
     * distinct ones within a bounded number of attempts), in the order of {@code types}, by {@link Protocol#BETAE}'s
     * rules with no bound on their number of answers.
     *
     * @throws BadInputException if {@code perType} is not positive, a type is {@link QueryType#OTHER} or the splits hold no triple
     */
    public static List<LabeledQuery> generate(TripleSplits splits, List<QueryType> types, int perType, Purpose purpose, long seed) {
        return generate(splits, types, perType, purpose, seed, Protocol.BETAE, UNBOUNDED);
    }

    /**
     * As {@link #generate(TripleSplits, List, int, Purpose, long)}, sampled as {@code protocol} says, rejecting queries with more than
     * {@code maxHardAnswers} hard answers (for a negation query, also more than that many answers of the
     * observed graph removed by held-out edges), as BetaE's {@code max_ans_num} does; {@link #UNBOUNDED} for none.
     *
     * @throws BadInputException also if {@code maxHardAnswers} is negative
     */
    public static List<LabeledQuery> generate(TripleSplits splits, List<QueryType> types, int perType, Purpose purpose, long seed,
                                              Protocol protocol, int maxHardAnswers) {
        if (perType <= 0) {
            throw new BadInputException("queries per type must be positive, got " + perType);
        }
        if (maxHardAnswers < 0) {
            throw new BadInputException("the bound on hard answers must be 0 (none) or positive, got " + maxHardAnswers);
        }
        if (splits.train().isEmpty()) {
            throw new BadInputException("train triples must not be empty to generate queries; got 0");
        }
        QueryGenerator generator = new QueryGenerator(splits, purpose, protocol, maxHardAnswers);
        List<LabeledQuery> out = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed);
        for (QueryType type : types) {
            if (type == QueryType.OTHER) {
                throw new BadInputException("query type must be one of the standard types, got 'other'");
            }
            out.addAll(generator.ofType(type, perType, random.split()));
        }
        return out;
    }

    private List<LabeledQuery> ofType(QueryType type, int count, SplittableRandom random) {
        Shape shape = Shape.parse(type.shape());
        boolean forwards = protocol == Protocol.QUERY2BOX && !type.shape().contains("i(") && !type.negated();
        Map<String, LabeledQuery> queries = new LinkedHashMap<>();
        for (int attempt = 0; attempt < count * ATTEMPTS_PER_QUERY && queries.size() < count; attempt++) {
            Query query;
            if (forwards) {
                Walk walk = forwards(shape, random);
                query = walk == null ? null : walk.query();
            } else {
                query = ground(shape, random.nextInt(entities.size()), NO_RELATION, false, random);
            }
            if (query == null) {
                continue;
            }
            String key = query.toJson();
            if (!queries.containsKey(key)) {
                LabeledQuery labeled = label(type, query);
                if (labeled != null) {
                    queries.put(key, labeled);
                }
            }
        }
        return List.copyOf(queries.values());
    }

    // BetaE's rules (create_queries.py, ground_queries): no answer, no hard answer, or (negation) no removed answer: rejected.
    private LabeledQuery label(QueryType type, Query query) {
        BitSet all = grounding.answers(query, this::entityId, this::relationId);
        if (all.isEmpty()) {
            return null;
        }
        BitSet hard = (BitSet) all.clone();
        int removed = 0;
        if (purpose != Purpose.TRAIN) {
            BitSet observed = easy.answers(query, this::entityId, this::relationId);
            hard.andNot(observed);
            observed.andNot(all);
            removed = observed.cardinality();
            if (hard.isEmpty() || type.negated() && removed == 0) {
                return null;
            }
        }
        if (maxHardAnswers != UNBOUNDED && Math.max(hard.cardinality(), removed) > maxHardAnswers) {
            return null;
        }
        return new LabeledQuery(type, query, names(all), names(hard));
    }

    // Backwards from the answer: a projection draws a relation at the current entity, then a neighbour by it. Directly
    // under a projection, a projection never draws the reverse of its relation (excludedRelation, excludedInverse).
    private Query ground(Shape shape, int target, int excludedRelation, boolean excludedInverse, SplittableRandom random) {
        switch (shape.kind()) {
            case 'e':
                return new Query.Anchor(entities.get(target));
            case 'p': {
                int[] edge = grounding.randomEdgeInto(target, excludedRelation, excludedInverse, random);
                if (edge == null) {
                    return null;
                }
                Shape operand = shape.operands().get(0);
                boolean chain = operand.kind() == 'p';
                Query of = ground(operand, edge[1], chain ? edge[0] : NO_RELATION, chain && edge[2] == 0, random);
                return of == null ? null : new Query.Projection(relations.get(edge[0]), edge[2] == 1, of);
            }
            case 'n': {
                Query operand = ground(shape.operands().get(0), target, NO_RELATION, false, random);
                return operand == null ? null : new Query.Not(operand);
            }
            default: {
                List<Query> operands = new ArrayList<>();
                Set<String> distinct = new HashSet<>();
                for (Shape operand : shape.operands()) {
                    Query q = ground(operand, target, NO_RELATION, false, random);
                    if (q == null || !distinct.add(q.toJson())) {
                        return null;
                    }
                    operands.add(q);
                }
                return shape.kind() == 'i' ? new Query.And(operands) : new Query.Or(operands);
            }
        }
    }

    /** A query sampled forwards, the entity it reached and its last projection's relation ({@code NO_RELATION}: none). */
    private record Walk(Query query, int end, int relation, boolean inverse) {}

    // Forwards from random anchors: a projection draws a relation at the entity its operand reached, then a neighbour by
    // it, never the reverse of the operand's own last relation; a union's branches are drawn independently, and a
    // projection over a union goes on from the entity its first branch reached, never back along that branch's relation
    // (none of the 4,000 Query2Box NELL995 up test queries does).
    private Walk forwards(Shape shape, SplittableRandom random) {
        switch (shape.kind()) {
            case 'e': {
                int anchor = random.nextInt(entities.size());
                return new Walk(new Query.Anchor(entities.get(anchor)), anchor, NO_RELATION, false);
            }
            case 'p': {
                Walk from = forwards(shape.operands().get(0), random);
                int[] edge = from == null ? null : grounding.randomEdgeFrom(from.end(), from.relation(), !from.inverse(), random);
                if (edge == null) {
                    return null;
                }
                return new Walk(new Query.Projection(relations.get(edge[0]), edge[2] == 1, from.query()), edge[1], edge[0], edge[2] == 1);
            }
            case 'u': {
                List<Query> operands = new ArrayList<>();
                Set<String> distinct = new HashSet<>();
                Walk first = null;
                for (Shape operand : shape.operands()) {
                    Walk branch = forwards(operand, random);
                    if (branch == null || !distinct.add(branch.query().toJson())) {
                        return null;
                    }
                    first = first == null ? branch : first;
                    operands.add(branch.query());
                }
                return new Walk(new Query.Or(operands), first.end(), first.relation(), first.inverse());
            }
            default:
                throw new IllegalStateException("a '" + shape.kind() + "' node is never sampled forwards");
        }
    }

    private List<String> names(BitSet ids) {
        List<String> names = new ArrayList<>(ids.cardinality());
        ids.stream().forEach(id -> names.add(entities.get(id)));
        return names;
    }

    private int entityId(String name) {
        return lookup(entityIds, name, "entity");
    }

    private int relationId(String name) {
        return lookup(relationIds, name, "relation");
    }

    private static int lookup(Map<String, Integer> ids, String name, String what) {
        Integer id = ids.get(name);
        if (id == null) {
            throw new BadInputException(what + " '" + name + "' is not in the triples");
        }
        return id;
    }

    private static void number(String name, List<String> names, Map<String, Integer> ids) {
        if (ids.putIfAbsent(name, names.size()) == null) {
            names.add(name);
        }
    }

    /** A parsed shape string of {@link QueryType}: a kind letter and its operands. */
    record Shape(char kind, List<Shape> operands) {
        static Shape parse(String text) {
            int[] at = {0};
            return parse(text, at);
        }

        private static Shape parse(String text, int[] at) {
            char kind = text.charAt(at[0]++);
            List<Shape> operands = new ArrayList<>();
            if (at[0] < text.length() && text.charAt(at[0]) == '(') {
                do {
                    at[0]++;
                    operands.add(parse(text, at));
                } while (text.charAt(at[0]) == ',');
                at[0]++;
            }
            return new Shape(kind, operands);
        }
    }
}
