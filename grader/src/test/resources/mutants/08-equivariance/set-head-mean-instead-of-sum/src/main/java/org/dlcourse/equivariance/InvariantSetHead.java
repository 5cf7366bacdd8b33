package org.dlcourse.equivariance;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A permutation-invariant function of a set, in the form every such continuous function takes (Zaheer et al.,
 * "Deep Sets", NeurIPS 2017, Theorem 2):
 * <pre>
 *   head(X) = ρ(Σ_i φ(x_i)),   φ(x) = relu(A·x + c),   ρ(s) = B·s + d.
 * </pre>
 * The sum, unlike the mean, also sees the size of the set (lecture 08, §4).
 *
 * @param a         A, DOUBLE, shape [hidden, in]
 * @param c         c, DOUBLE, shape [hidden]
 * @param b         B, DOUBLE, shape [out, hidden]
 * @param d         d, DOUBLE, shape [out]
 */
public record InvariantSetHead(INDArray a, INDArray c, INDArray b, INDArray d) {

    /** Checks the shapes. */
    public InvariantSetHead {
        Inputs.requireRank(a, 2, "a", "[hidden, in]");
        Inputs.requireRank(c, 1, "c", "[hidden]");
        Inputs.requireRank(b, 2, "b", "[out, hidden]");
        Inputs.requireRank(d, 1, "d", "[out]");
        Inputs.requireAxis(c, 0, a.size(0), "c", "entries");
        Inputs.requireAxis(b, 1, a.size(0), "b", "columns");
        Inputs.requireAxis(d, 0, b.size(0), "d", "entries");
    }

    /**
     * The output for a set of n elements, one per row.
     *
     * @param set DOUBLE, shape [n, in], n ≥ 1
     * @return a new array of shape [out]
     */
    public INDArray apply(INDArray set) {
        Inputs.requireRank(set, 2, "set", "[n, in]");
        Inputs.requireAxis(set, 1, a.size(1), "set", "features per element");
        // BEGIN SOLUTION: φ on every row (relu(A·x_i + c)), the sum over the rows, then B·s + d
        int n = (int) set.size(0);
        int in = (int) a.size(1);
        int hidden = (int) a.size(0);
        int out = (int) b.size(0);
        double[] x = Inputs.values(set);
        double[] av = Inputs.values(a);
        double[] cv = Inputs.values(c);
        double[] bv = Inputs.values(b);
        double[] pooled = new double[hidden];
        for (int i = 0; i < n; i++) {
            for (int h = 0; h < hidden; h++) {
                double pre = cv[h];
                for (int f = 0; f < in; f++) {
                    pre += av[h * in + f] * x[i * in + f];
                }
                pooled[h] += Math.max(0, pre) / n;
            }
        }
        double[] y = Inputs.values(d);
        for (int o = 0; o < out; o++) {
            for (int h = 0; h < hidden; h++) {
                y[o] += bv[o * hidden + h] * pooled[h];
            }
        }
        return Inputs.array(y, out);
        // END SOLUTION
    }
}
