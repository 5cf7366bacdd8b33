package org.dlcourse.backprop;

/**
 * The hidden units of a one-hidden-layer ReLU network seen as vectors, their norms and the angles between them: the
 * coordinates in which the learning dynamics of lecture 04, §10 are described.
 *
 * <p>Hidden unit j computes a_j(x) = ReLU(W1[j,·]·x + b1[j]) and sends it to the scores through column j of W2, so
 * everything the network does with unit j is held by the vector
 * <pre>
 *   v_j = [ W1[j, 0 … D−1], b1[j], W2[0 … C−1, j] ]      (length D + 1 + C: incoming weights, bias, outgoing weights)
 * </pre>
 * A unit whose v_j is 0 contributes nothing and receives no gradient; under gradient flow from a small
 * initialization ‖v_j‖ grows at a rate set by the alignment of its direction v_j/‖v_j‖ (lecture 04, §10; Maennel,
 * Bousquet and Gelly, "Gradient Descent Quantizes ReLU Network Features", 2018).
 */
public final class NeuronGeometry {

    private NeuronGeometry() {
    }

    /**
     * The per-neuron vectors v_j = [W1[j, ·], b1[j], W2[·, j]], one row per hidden unit.
     *
     * @param parameters the network D → H → C; not modified
     * @return a new {@code H × (D + 1 + C)} array: row j holds unit j's D incoming weights, then its bias, then its
     *         C outgoing weights (column j of W2)
     */
    public static double[][] vectors(Parameters parameters) {
        if (parameters == null) {
            throw new IllegalArgumentException("parameters must not be null");
        }
        double[][] w1 = parameters.w1().toDoubleMatrix();
        double[] b1 = parameters.b1().toDoubleVector();
        double[][] w2 = parameters.w2().toDoubleMatrix();
        // BEGIN SOLUTION: concatenate row j of W1, b1[j] and column j of W2 (not row j) for every hidden unit j.
        int inputs = w1[0].length;
        int classes = w2.length;
        double[][] neurons = new double[w1.length][inputs + 1 + classes];
        for (int j = 0; j < w1.length; j++) {
            System.arraycopy(w1[j], 0, neurons[j], 0, inputs);
            neurons[j][inputs] = b1[j];
            for (int c = 0; c < classes; c++) {
                neurons[j][inputs + 1 + c] = w2[c][j];
            }
        }
        return neurons;
        // END SOLUTION
    }

    /**
     * The Euclidean norm ‖v_j‖ = √(Σ_i v_j[i]²) of every row.
     *
     * @param neurons one vector per row, all of the same length; not modified
     * @return a new array of H norms, each ≥ 0 (0 exactly for a zero row)
     */
    public static double[] norms(double[][] neurons) {
        VectorInputs.requireRows(neurons, "neurons");
        // BEGIN SOLUTION: the norm of each row (norm(row) computes √(Σ v[i]²) without overflow).
        double[] norms = new double[neurons.length];
        for (int j = 0; j < neurons.length; j++) {
            norms[j] = norm(neurons[j]);
        }
        return norms;
        // END SOLUTION
    }

    /**
     * The angle between two nonzero vectors, θ = arccos(u·v / (‖u‖‖v‖)) ∈ [0, π], computed by Kahan's formula
     * θ = 2·atan2(‖û − v̂‖, ‖û + v̂‖) with û = u/‖u‖, v̂ = v/‖v‖, which stays accurate near 0 and π where arccos
     * loses half the digits (W. Kahan, "How Futile are Mindless Assessments of Roundoff in Floating-Point
     * Computation?", 2006, §12).
     *
     * @param u a nonzero vector; not modified
     * @param v a nonzero vector of the same length; not modified
     * @return the angle in radians, in [0, π]; unchanged when u or v is multiplied by a positive number
     * @throws IllegalArgumentException if a vector is zero (its direction is undefined) or the lengths differ
     */
    public static double angle(double[] u, double[] v) {
        VectorInputs.requireSameLength(u, v, "u", "v");
        double normU = norm(u);
        double normV = norm(v);
        VectorInputs.requireNonzero(normU, "u");
        VectorInputs.requireNonzero(normV, "v");
        // BEGIN SOLUTION: normalize both vectors first; then 2·atan2(‖û − v̂‖, ‖û + v̂‖) (or arccos of the cosine, clamped to [−1, 1]).
        double difference = 0.0;
        double sum = 0.0;
        for (int i = 0; i < u.length; i++) {
            double a = u[i] / normU;
            double b = v[i] / normV;
            difference += (a - b) * (a - b);
            sum += (a + b) * (a + b);
        }
        return 2.0 * Math.atan2(Math.sqrt(difference), Math.sqrt(sum));
        // END SOLUTION
    }

    /** ‖v‖, scaled by the largest |v[i]| so that neither tiny nor huge entries under- or overflow when squared. */
    static double norm(double[] vector) {
        double largest = 0.0;
        for (double value : vector) {
            largest = Math.max(largest, Math.abs(value));
        }
        if (largest == 0.0 || Double.isInfinite(largest)) {
            return largest;
        }
        double sum = 0.0;
        for (double value : vector) {
            double scaled = value / largest;
            sum += scaled * scaled;
        }
        return largest * Math.sqrt(sum);
    }
}
