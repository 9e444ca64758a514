package dev.groundwork.query.linkprediction;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector operations that give bit-identical results whether the Vector API runs interpreted or
 * compiled. The API's own {@code reduceLanes(ADD)} and {@code lanewise(EXP)} do not: the compiled
 * forms use another summation order and another exp (SVML) than the Java fallback, so a model
 * trained while the JIT warms up would differ from one trained on a warm JVM. Here only exact
 * IEEE operations (add, mul, fma, conversions) are used. Stateless.
 */
final class VectorMath {
    static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final float LOG2E = 1.44269504088896341f;
    private static final float LN2_HI = 0.693359375f;
    private static final float LN2_LO = -2.12194440e-4f;
    private static final float LOWEST = -87f;

    private VectorMath() {}

    /** The lanes of {@code v} summed from lane 0 up; {@code scratch} holds at least one vector. */
    static float sum(FloatVector v, float[] scratch) {
        v.intoArray(scratch, 0);
        float sum = 0;
        for (int i = 0; i < SPECIES.length(); i++) {
            sum += scratch[i];
        }
        return sum;
    }

    /**
     * {@code exp(x)} for {@code x <= 0} (Cephes expf: a degree-5 polynomial on
     * {@code [-ln2/2, ln2/2]}, about 1 ulp); inputs below -87 give about 1.6e-38 instead of a
     * subnormal.
     */
    static FloatVector expNonPositive(FloatVector x) {
        FloatVector clamped = x.max(LOWEST);
        // Truncation toward zero of a non-positive t - 0.5 rounds t to the nearest integer.
        IntVector n = (IntVector) clamped.mul(LOG2E).sub(0.5f).convert(VectorOperators.F2I, 0);
        FloatVector nf = (FloatVector) n.convert(VectorOperators.I2F, 0);
        FloatVector r = nf.fma(FloatVector.broadcast(SPECIES, -LN2_HI), clamped);
        r = nf.fma(FloatVector.broadcast(SPECIES, -LN2_LO), r);
        FloatVector p = FloatVector.broadcast(SPECIES, 1.9875691500e-4f);
        p = p.fma(r, FloatVector.broadcast(SPECIES, 1.3981999507e-3f));
        p = p.fma(r, FloatVector.broadcast(SPECIES, 8.3334519073e-3f));
        p = p.fma(r, FloatVector.broadcast(SPECIES, 4.1665795894e-2f));
        p = p.fma(r, FloatVector.broadcast(SPECIES, 1.6666665459e-1f));
        p = p.fma(r, FloatVector.broadcast(SPECIES, 5.0000001201e-1f));
        FloatVector e = p.mul(r.mul(r)).add(r).add(1f);
        FloatVector scale = n.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
        return e.mul(scale);
    }

    /** {@code to[toAt + i] += from[fromAt + i]} for {@code i < n}. */
    static void addInto(float[] from, int fromAt, float[] to, int toAt, int n) {
        for (int i = 0; i < n; i++) {
            to[toAt + i] += from[fromAt + i];
        }
    }
}
