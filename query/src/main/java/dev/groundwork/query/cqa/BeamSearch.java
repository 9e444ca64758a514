package dev.groundwork.query.cqa;

import dev.groundwork.graph.Deadline;
import dev.groundwork.query.linkprediction.LinkPredictor;
import java.util.Arrays;
import java.util.List;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * CQD beam search over id-level queries (Arakelyan et al. 2021). Every node of the tree gets a
 * truth value for every entity. A projection takes the top {@code beam} entities of its operand as
 * candidates for its variable, scores each against all entities in one product (beam x entities
 * atoms, never beam^2) and keeps for every target the best candidate: the value is
 * {@code max_c T(operand(c), atom(c, r, target))}, and the argmax is the explanation. Intersection,
 * union and negation combine whole vectors. Stops with the caller's {@link Deadline} (checked per node and per
 * candidate). Stateless apart from its inputs; thread-safe.
 */
final class BeamSearch {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final String CANCELLED = "the complex query's beam search";

    private final LinkPredictor model;
    private final CqdaCalibration calibration;
    private final SearchOptions options;

    BeamSearch(LinkPredictor model, CqdaCalibration calibration, SearchOptions options) {
        this.model = model;
        this.calibration = options.calibrated() ? calibration : null;
        this.options = options;
    }

    /** A query node with its truth values over all entities. */
    sealed interface Node permits Anchor, Projection, And, Or, Not {
        float[] scores();
    }

    record Anchor(int entity, float[] scores) implements Node {}

    /** {@code source[t]}: the best candidate for target t; {@code atom[t]}: that atom's truth value. */
    record Projection(int relation, boolean inverse, int slot, Node operand, float[] scores, int[] source, float[] atom) implements Node {}

    record And(List<Node> operands, float[] scores) implements Node {}

    record Or(List<Node> operands, float[] scores) implements Node {}

    record Not(Node operand, float[] scores) implements Node {}

    Node run(IdQuery query) {
        Deadline.check(CANCELLED);
        int n = model.entityCount();
        return switch (query) {
            case IdQuery.Anchor a -> {
                float[] s = new float[n];
                s[a.entity()] = 1f;
                yield new Anchor(a.entity(), s);
            }
            case IdQuery.Projection p -> project(p, run(p.of()));
            case IdQuery.And a -> {
                List<Node> operands = a.operands().stream().map(this::run).toList();
                yield new And(operands, combine(operands, false));
            }
            case IdQuery.Or o -> {
                List<Node> operands = o.operands().stream().map(this::run).toList();
                yield new Or(operands, combine(operands, true));
            }
            case IdQuery.Not no -> {
                Node operand = run(no.operand());
                float[] s = operand.scores().clone();
                for (int t = 0; t < n; t++) {
                    s[t] = 1f - s[t];
                }
                yield new Not(operand, s);
            }
        };
    }

    private float[] combine(List<Node> operands, boolean union) {
        float[] s = operands.get(0).scores().clone();
        for (Node o : operands.subList(1, operands.size())) {
            float[] x = o.scores();
            for (int t = 0; t < s.length; t++) {
                s[t] = union ? options.tnorm().or(s[t], x[t]) : options.tnorm().and(s[t], x[t]);
            }
        }
        return s;
    }

    private Projection project(IdQuery.Projection p, Node operand) {
        int n = model.entityCount();
        int[] candidates = candidates(operand);
        int m = candidates.length;
        int slot = p.inverse() ? p.relation() + model.relationCount() : p.relation();
        float[] scores = new float[n];
        int[] source = new int[n];
        float[] atom = new float[n];
        if (m == 0) {
            Arrays.fill(source, -1);
            return new Projection(p.relation(), p.inverse(), slot, operand, scores, source, atom);
        }
        int[] slots = new int[m];
        Arrays.fill(slots, slot);
        float[] raw = new float[m * n];
        model.scoreAll(candidates, slots, m, raw);
        float[] features = calibration == null ? null : new float[2 * model.width()];
        Arrays.fill(scores, -1f);
        for (int i = 0; i < m; i++) {
            Deadline.check(CANCELLED);
            int c = candidates[i];
            float scale = 1f;
            float offset = 0f;
            if (calibration != null) {
                model.atomFeatures(c, slot, features);
                scale = 1f + calibration.alpha(features);
                offset = calibration.beta(features);
            }
            squash(raw, i * n, n, scale, offset);
            float prior = operand.scores()[c];
            for (int t = 0; t < n; t++) {
                float a = raw[i * n + t];
                float v = options.tnorm().and(prior, a);
                if (v > scores[t]) {
                    scores[t] = v;
                    source[t] = c;
                    atom[t] = a;
                }
            }
        }
        return new Projection(p.relation(), p.inverse(), slot, operand, scores, source, atom);
    }

    /** The operand's top-{@code beam} entities with a positive value. */
    private int[] candidates(Node operand) {
        if (operand instanceof Anchor a) {
            return new int[] {a.entity()};
        }
        float[] s = operand.scores();
        int[] top = LinkPredictor.topIds(s, options.beam());
        int positive = 0;
        while (positive < top.length && s[top[positive]] > 0f) {
            positive++;
        }
        return Arrays.copyOf(top, positive);
    }

    // In place: raw scores of one candidate's row to truth values.
    private void squash(float[] row, int from, int n, float scale, float offset) {
        int i = 0;
        int upper = SPECIES.loopBound(n);
        if (options.squash() == SearchOptions.Squash.SIGMOID) {
            for (; i < upper; i += SPECIES.length()) {
                FloatVector z = FloatVector.fromArray(SPECIES, row, from + i).mul(scale).add(offset);
                FloatVector e = z.neg().lanewise(VectorOperators.EXP);
                FloatVector.broadcast(SPECIES, 1f).div(e.add(1f)).intoArray(row, from + i);
            }
            for (; i < n; i++) {
                row[from + i] = sigmoid(row[from + i] * scale + offset);
            }
            return;
        }
        if (options.squash() == SearchOptions.Squash.MINMAX) {
            minMax(row, from, n, scale, offset);
            return;
        }
        float max = Float.NEGATIVE_INFINITY;
        for (int t = 0; t < n; t++) {
            max = Math.max(max, row[from + t] * scale + offset);
        }
        for (; i < upper; i += SPECIES.length()) {
            FloatVector z = FloatVector.fromArray(SPECIES, row, from + i).mul(scale).add(offset - max);
            z.lanewise(VectorOperators.EXP).intoArray(row, from + i);
        }
        for (; i < n; i++) {
            row[from + i] = (float) Math.exp(row[from + i] * scale + offset - max);
        }
    }

    static void minMax(float[] row, int from, int n, float scale, float offset) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (int t = 0; t < n; t++) {
            float z = row[from + t] * scale + offset;
            min = Math.min(min, z);
            max = Math.max(max, z);
        }
        // A constant row carries no preference: every entity gets the same middle value.
        float range = max - min;
        float mul = range > 0f ? scale / range : 0f;
        float add = range > 0f ? (offset - min) / range : 0.5f;
        int i = 0;
        int upper = SPECIES.loopBound(n);
        for (; i < upper; i += SPECIES.length()) {
            FloatVector.fromArray(SPECIES, row, from + i).mul(mul).add(add).intoArray(row, from + i);
        }
        for (; i < n; i++) {
            row[from + i] = row[from + i] * mul + add;
        }
    }

    static float sigmoid(float z) {
        return (float) (1.0 / (1.0 + Math.exp(-z)));
    }

    /** The edges of the best assignment that gives {@code target} its value at {@code node}. */
    static void explain(Node node, int target, boolean negated, List<int[]> edges, List<float[]> values) {
        switch (node) {
            case Anchor a -> { }
            case Projection p -> {
                int c = p.source()[target];
                if (c < 0) {
                    return;
                }
                edges.add(p.inverse() ? new int[] {target, p.relation(), c, negated ? 1 : 0} : new int[] {c, p.relation(), target, negated ? 1 : 0});
                values.add(new float[] {p.atom()[target]});
                explain(p.operand(), c, negated, edges, values);
            }
            case And a -> a.operands().forEach(o -> explain(o, target, negated, edges, values));
            case Or o -> explain(best(o.operands(), target), target, negated, edges, values);
            case Not no -> explain(no.operand(), target, !negated, edges, values);
        }
    }

    private static Node best(List<Node> operands, int target) {
        Node best = operands.get(0);
        for (Node o : operands) {
            if (o.scores()[target] > best.scores()[target]) {
                best = o;
            }
        }
        return best;
    }
}
