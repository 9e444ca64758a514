package dev.groundwork.query.cqa;

import dev.groundwork.query.linkprediction.Triple;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;

/**
 * A set of known edges by ids, indexed both ways (compressed rows of out- and in-edges) and as
 * sorted keys for membership; answers queries exactly with set semantics. Immutable, thread-safe.
 */
final class KnownGraph {
    private final int entityCount;
    private final int relationCount;
    private final int[] outStart;
    private final int[] outRelation;
    private final int[] outTarget;
    private final int[] inStart;
    private final int[] inRelation;
    private final int[] inSource;
    private final long[] keys;

    private KnownGraph(int entityCount, int relationCount, int[] heads, int[] relations, int[] tails) {
        this.entityCount = entityCount;
        this.relationCount = relationCount;
        int m = heads.length;
        outStart = new int[entityCount + 1];
        inStart = new int[entityCount + 1];
        for (int i = 0; i < m; i++) {
            outStart[heads[i] + 1]++;
            inStart[tails[i] + 1]++;
        }
        for (int e = 0; e < entityCount; e++) {
            outStart[e + 1] += outStart[e];
            inStart[e + 1] += inStart[e];
        }
        outRelation = new int[m];
        outTarget = new int[m];
        inRelation = new int[m];
        inSource = new int[m];
        int[] outFill = Arrays.copyOf(outStart, entityCount);
        int[] inFill = Arrays.copyOf(inStart, entityCount);
        keys = new long[m];
        for (int i = 0; i < m; i++) {
            int o = outFill[heads[i]]++;
            outRelation[o] = relations[i];
            outTarget[o] = tails[i];
            int in = inFill[tails[i]]++;
            inRelation[in] = relations[i];
            inSource[in] = heads[i];
            keys[i] = key(heads[i], relations[i], tails[i]);
        }
        Arrays.sort(keys);
        groupByRelation(outStart, outRelation, outTarget);
        groupByRelation(inStart, inRelation, inSource);
    }

    // Sorts each entity's edges by (relation, other end), so that the edges of one relation are a run.
    private void groupByRelation(int[] start, int[] relation, int[] other) {
        for (int e = 0; e < entityCount; e++) {
            int from = start[e];
            int to = start[e + 1];
            if (to - from < 2) {
                continue;
            }
            long[] packed = new long[to - from];
            for (int i = from; i < to; i++) {
                packed[i - from] = (long) relation[i] * entityCount + other[i];
            }
            Arrays.sort(packed);
            for (int i = from; i < to; i++) {
                relation[i] = (int) (packed[i - from] / entityCount);
                other[i] = (int) (packed[i - from] % entityCount);
            }
        }
    }

    /** The graph of {@code triples}, numbered by the two functions (which throw on unknown names). */
    static KnownGraph of(List<Triple> triples, int entityCount, int relationCount, ToIntFunction<String> entityId,
                         ToIntFunction<String> relationId) {
        int[] h = new int[triples.size()];
        int[] r = new int[triples.size()];
        int[] t = new int[triples.size()];
        for (int i = 0; i < triples.size(); i++) {
            Triple triple = triples.get(i);
            h[i] = entityId.applyAsInt(triple.head());
            r[i] = relationId.applyAsInt(triple.relation());
            t[i] = entityId.applyAsInt(triple.tail());
        }
        return new KnownGraph(entityCount, relationCount, h, r, t);
    }

    int entityCount() {
        return entityCount;
    }

    boolean contains(int head, int relation, int tail) {
        return Arrays.binarySearch(keys, key(head, relation, tail)) >= 0;
    }

    private long key(int head, int relation, int tail) {
        return ((long) head * relationCount + relation) * entityCount + tail;
    }

    /**
     * A random edge at {@code entity}, seen from the entity as the target of a projection, drawn as the BetaE generator
     * draws it (snap-stanford/KGReasoning, {@code create_queries.py}, {@code fill_query}): first a relation and direction
     * uniformly among those at the entity, then a neighbour uniformly among that relation's. An in-edge (s, r, e) is a
     * forward projection from s, an out-edge (e, r, t) an inverse one from t. {@code excludedRelation} with
     * {@code excludedInverse} is a relation and direction never drawn ({@code -1}: none). Returns
     * {@code {relation, other, inverse ? 1 : 0}}, or null when no relation is left to draw.
     */
    int[] randomEdgeInto(int entity, int excludedRelation, boolean excludedInverse, SplittableRandom random) {
        return randomEdge(entity, inStart, inRelation, inSource, outStart, outRelation, outTarget, excludedRelation,
                excludedInverse, random);
    }

    /**
     * As {@link #randomEdgeInto}, with {@code entity} the source of the projection (sampling forward from an anchor):
     * an out-edge (e, r, t) is a forward projection to t, an in-edge (s, r, e) an inverse one to s.
     */
    int[] randomEdgeFrom(int entity, int excludedRelation, boolean excludedInverse, SplittableRandom random) {
        return randomEdge(entity, outStart, outRelation, outTarget, inStart, inRelation, inSource, excludedRelation,
                excludedInverse, random);
    }

    // fStart/fRelation/fOther: the edges that are forward projections; iStart/...: the inverse ones.
    private static int[] randomEdge(int entity, int[] fStart, int[] fRelation, int[] fOther, int[] iStart, int[] iRelation,
                                    int[] iOther, int excludedRelation, boolean excludedInverse, SplittableRandom random) {
        int forwardRuns = runs(fStart, fRelation, entity, excludedInverse ? -1 : excludedRelation);
        int inverseRuns = runs(iStart, iRelation, entity, excludedInverse ? excludedRelation : -1);
        if (forwardRuns + inverseRuns == 0) {
            return null;
        }
        int pick = random.nextInt(forwardRuns + inverseRuns);
        boolean inverse = pick >= forwardRuns;
        int[] start = inverse ? iStart : fStart;
        int[] relation = inverse ? iRelation : fRelation;
        int[] other = inverse ? iOther : fOther;
        int excluded = inverse == excludedInverse ? excludedRelation : -1;
        int run = inverse ? pick - forwardRuns : pick;
        for (int i = start[entity]; i < start[entity + 1]; ) {
            int end = i;
            while (end < start[entity + 1] && relation[end] == relation[i]) {
                end++;
            }
            if (relation[i] != excluded && run-- == 0) {
                return new int[] {relation[i], other[i + random.nextInt(end - i)], inverse ? 1 : 0};
            }
            i = end;
        }
        throw new IllegalStateException("relation run " + pick + " not found at entity " + entity);
    }

    // The number of distinct relations among an entity's edges of one direction, leaving out `excluded`.
    private static int runs(int[] start, int[] relation, int entity, int excluded) {
        int count = 0;
        for (int i = start[entity]; i < start[entity + 1]; i++) {
            if ((i == start[entity] || relation[i] != relation[i - 1]) && relation[i] != excluded) {
                count++;
            }
        }
        return count;
    }

    /** The exact answers of {@code query} on this graph. */
    BitSet answers(Query query, ToIntFunction<String> entityId, ToIntFunction<String> relationId) {
        return switch (query) {
            case Query.Anchor a -> {
                BitSet one = new BitSet(entityCount);
                one.set(entityId.applyAsInt(a.entity()));
                yield one;
            }
            case Query.Projection p -> project(answers(p.of(), entityId, relationId), relationId.applyAsInt(p.relation()), p.inverse());
            case Query.And a -> {
                BitSet result = null;
                for (Query q : a.operands()) {
                    BitSet operand = answers(q, entityId, relationId);
                    if (result == null) {
                        result = operand;
                    } else {
                        result.and(operand);
                    }
                }
                yield result;
            }
            case Query.Or o -> {
                BitSet result = new BitSet(entityCount);
                o.operands().forEach(q -> result.or(answers(q, entityId, relationId)));
                yield result;
            }
            case Query.Not n -> {
                BitSet result = answers(n.operand(), entityId, relationId);
                result.flip(0, entityCount);
                yield result;
            }
        };
    }

    private BitSet project(BitSet sources, int relation, boolean inverse) {
        BitSet result = new BitSet(entityCount);
        int[] start = inverse ? inStart : outStart;
        int[] rel = inverse ? inRelation : outRelation;
        int[] other = inverse ? inSource : outTarget;
        for (int s = sources.nextSetBit(0); s >= 0; s = sources.nextSetBit(s + 1)) {
            for (int i = start[s]; i < start[s + 1]; i++) {
                if (rel[i] == relation) {
                    result.set(other[i]);
                }
            }
        }
        return result;
    }
}
