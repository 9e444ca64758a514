package dev.groundwork.query.linkprediction;

/**
 * The algebra of a model. Every supported model scores {@code (h, r, t)} by comparing a query
 * vector {@code q(h, r)} with {@code e_t} (a dot product for the bilinear models, a distance for
 * TransE, see {@link ModelType.Similarity}), so training and ranking need only the query vector
 * {@code q}, its gradient, and the N3 regulariser of the factors. Embeddings are rows of
 * {@code width} floats in flat arrays. Stateless and thread-safe.
 */
sealed interface Interaction permits Interaction.ComplEx, Interaction.DistMult, Interaction.Translation {

    /** Floats per embedding for a model of this rank: the rank itself, unless a model says otherwise. */
    default int width(int rank) {
        return rank;
    }

    /** Writes {@code q(e, w)} at {@code q[qAt]}. */
    void query(float[] e, int eAt, float[] w, int wAt, float[] q, int qAt, int width);

    /** Adds the gradients of {@code dq . q(e, w)} with respect to e and w into {@code de} and {@code dw}. */
    void backward(float[] e, int eAt, float[] w, int wAt, float[] dq, int dqAt, float[] de, int deAt, float[] dw, int dwAt, int width);

    /**
     * Returns the N3 norm (sum of cubed moduli) of one factor and adds {@code scale} times its
     * gradient into {@code grad}.
     */
    double n3(float[] x, int at, float[] grad, int gradAt, float scale, int width);

    /**
     * Writes at {@code out[outAt]} the relation {@code r'} with {@code score(t, r', h) = score(h, r, t)}
     * for every {@code h} and {@code t}: the exact reciprocal of the relation at {@code w[wAt]}. A model
     * trained elsewhere has no reciprocal relations; these make head prediction score (h, r, t) itself.
     */
    void reciprocal(float[] w, int wAt, float[] out, int outAt, int width);

    /**
     * ComplEx (Trouillon et al. 2016): {@code Re(<h, r, conj(t)>)}; a row is the real parts
     * followed by the imaginary parts, so width is twice the rank.
     */
    record ComplEx() implements Interaction {
        @Override
        public int width(int rank) {
            return 2 * rank;
        }

        @Override
        public void query(float[] e, int eAt, float[] w, int wAt, float[] q, int qAt, int width) {
            int half = width / 2;
            for (int i = 0; i < half; i++) {
                float hr = e[eAt + i], hi = e[eAt + half + i];
                float rr = w[wAt + i], ri = w[wAt + half + i];
                q[qAt + i] = hr * rr - hi * ri;
                q[qAt + half + i] = hr * ri + hi * rr;
            }
        }

        @Override
        public void backward(float[] e, int eAt, float[] w, int wAt, float[] dq, int dqAt, float[] de, int deAt, float[] dw, int dwAt, int width) {
            int half = width / 2;
            for (int i = 0; i < half; i++) {
                float hr = e[eAt + i], hi = e[eAt + half + i];
                float rr = w[wAt + i], ri = w[wAt + half + i];
                float gr = dq[dqAt + i], gi = dq[dqAt + half + i];
                de[deAt + i] += gr * rr + gi * ri;
                de[deAt + half + i] += gi * rr - gr * ri;
                dw[dwAt + i] += gr * hr + gi * hi;
                dw[dwAt + half + i] += gi * hr - gr * hi;
            }
        }

        @Override
        public double n3(float[] x, int at, float[] grad, int gradAt, float scale, int width) {
            int half = width / 2;
            double norm = 0;
            for (int i = 0; i < half; i++) {
                float re = x[at + i], im = x[at + half + i];
                float modulus = (float) Math.sqrt(re * re + im * im);
                norm += (double) modulus * modulus * modulus;
                // d|z|^3 / d re = 3 |z| re
                grad[gradAt + i] += scale * 3f * modulus * re;
                grad[gradAt + half + i] += scale * 3f * modulus * im;
            }
            return norm;
        }

        @Override
        public void reciprocal(float[] w, int wAt, float[] out, int outAt, int width) {
            // Re(<t, conj(r), conj(h)>) = Re(conj(<h, r, conj(t)>)) = Re(<h, r, conj(t)>).
            int half = width / 2;
            for (int i = 0; i < half; i++) {
                out[outAt + i] = w[wAt + i];
                out[outAt + half + i] = -w[wAt + half + i];
            }
        }
    }

    /** DistMult (Yang et al. 2015): {@code sum h * r * t}; width equals the rank. */
    record DistMult() implements Interaction {
        @Override
        public void query(float[] e, int eAt, float[] w, int wAt, float[] q, int qAt, int width) {
            for (int i = 0; i < width; i++) {
                q[qAt + i] = e[eAt + i] * w[wAt + i];
            }
        }

        @Override
        public void backward(float[] e, int eAt, float[] w, int wAt, float[] dq, int dqAt, float[] de, int deAt, float[] dw, int dwAt, int width) {
            for (int i = 0; i < width; i++) {
                de[deAt + i] += dq[dqAt + i] * w[wAt + i];
                dw[dwAt + i] += dq[dqAt + i] * e[eAt + i];
            }
        }

        @Override
        public double n3(float[] x, int at, float[] grad, int gradAt, float scale, int width) {
            double norm = 0;
            for (int i = 0; i < width; i++) {
                float v = x[at + i];
                float abs = Math.abs(v);
                norm += (double) abs * abs * abs;
                grad[gradAt + i] += scale * 3f * abs * v;
            }
            return norm;
        }

        @Override
        public void reciprocal(float[] w, int wAt, float[] out, int outAt, int width) {
            // The product h * r * t is symmetric in h and t.
            System.arraycopy(w, wAt, out, outAt, width);
        }
    }

    /**
     * TransE (Bordes et al. 2013): the query is the translated head {@code h + r}, compared with the
     * tail by a distance ({@code gamma - ||h + r - t||_p}, DGL-KE's {@code TransEScore}); width
     * equals the rank. Served for embeddings trained elsewhere; Groundwork's trainer is bilinear.
     */
    record Translation() implements Interaction {
        @Override
        public void query(float[] e, int eAt, float[] w, int wAt, float[] q, int qAt, int width) {
            System.arraycopy(e, eAt, q, qAt, width);
            VectorMath.addInto(w, wAt, q, qAt, width);
        }

        @Override
        public void backward(float[] e, int eAt, float[] w, int wAt, float[] dq, int dqAt, float[] de, int deAt, float[] dw, int dwAt, int width) {
            VectorMath.addInto(dq, dqAt, de, deAt, width);
            VectorMath.addInto(dq, dqAt, dw, dwAt, width);
        }

        @Override
        public double n3(float[] x, int at, float[] grad, int gradAt, float scale, int width) {
            return new DistMult().n3(x, at, grad, gradAt, scale, width);
        }

        @Override
        public void reciprocal(float[] w, int wAt, float[] out, int outAt, int width) {
            // ||t + (-r) - h|| = ||-(h + r - t)|| = ||h + r - t|| for every p-norm.
            for (int i = 0; i < width; i++) {
                out[outAt + i] = -w[wAt + i];
            }
        }
    }
}
