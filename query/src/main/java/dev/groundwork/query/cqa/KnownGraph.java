package dev.groundwork.query.cqa;

import dev.groundwork.query.linkprediction.Triple;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
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

    /** Edges touching {@code entity}: in-edges as (relation, source), then out-edges as (relation, target). */
    int degree(int entity) {
        return outStart[entity + 1] - outStart[entity] + inStart[entity + 1] - inStart[entity];
    }

    /**
     * The {@code index}-th edge at {@code entity} (0 to degree - 1), seen from the entity as the
     * target of a projection: {@code {relation, other, inverse ? 1 : 0}}. An in-edge (s, r, e)
     * is a forward projection from s; an out-edge (e, r, t) an inverse one from t.
     */
    int[] edgeInto(int entity, int index) {
        int ins = inStart[entity + 1] - inStart[entity];
        if (index < ins) {
            return new int[] {inRelation[inStart[entity] + index], inSource[inStart[entity] + index], 0};
        }
        int o = outStart[entity] + index - ins;
        return new int[] {outRelation[o], outTarget[o], 1};
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
