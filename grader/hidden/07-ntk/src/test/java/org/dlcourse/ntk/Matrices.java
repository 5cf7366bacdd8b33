package org.dlcourse.ntk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.eigen.Eigen;
import org.nd4j.linalg.factory.Nd4j;

/** Comparisons and constructions on DOUBLE matrices shared by the hidden tests. */
final class Matrices {

    private Matrices() {
    }

    /** Every entry within {@code relative}·max(|expected entry|, 1e-300), NaN never; names the first bad entry. */
    static void assertRelativelyClose(String what, INDArray actual, INDArray expected, double relative) {
        assertThat(actual).as(what + " (null)").isNotNull();
        assertThat(actual.shape()).as(what + " shape").isEqualTo(expected.shape());
        double[] a = actual.dup('c').data().asDouble();
        double[] e = expected.dup('c').data().asDouble();
        long columns = expected.rank() == 2 ? expected.columns() : e.length;
        for (int k = 0; k < e.length; k++) {
            if (!(Math.abs(a[k] - e[k]) <= relative * Math.abs(e[k]))) {
                fail("%s: entry [%d, %d] is %s, expected %s (relative error %.3g, allowed %.1g)", what, k / columns,
                        k % columns, a[k], e[k], Math.abs(a[k] - e[k]) / Math.abs(e[k]), relative);
            }
        }
    }

    /** Every entry within {@code absolute} + {@code relative}·|expected entry|. */
    static void assertClose(String what, INDArray actual, INDArray expected, double absolute, double relative) {
        assertThat(actual).as(what + " (null)").isNotNull();
        assertThat(actual.length()).as(what + " length").isEqualTo(expected.length());
        double[] a = actual.dup('c').data().asDouble();
        double[] e = expected.dup('c').data().asDouble();
        for (int k = 0; k < e.length; k++) {
            if (!(Math.abs(a[k] - e[k]) <= absolute + relative * Math.abs(e[k]))) {
                fail("%s: entry %d is %s, expected %s%nactual   %s%nexpected %s", what, k, a[k], e[k],
                        Arrays.toString(a), Arrays.toString(e));
            }
        }
    }

    /** The smallest eigenvalue of a symmetric matrix (LAPACK's syev through ND4J). */
    static double minEigenvalue(INDArray symmetric) {
        INDArray copy = symmetric.add(symmetric.transpose()).muli(0.5).dup('f');
        return Eigen.symmetricGeneralizedEigenvalues(copy, false).minNumber().doubleValue();
    }

    /** The largest eigenvalue of a symmetric matrix. */
    static double maxEigenvalue(INDArray symmetric) {
        INDArray copy = symmetric.add(symmetric.transpose()).muli(0.5).dup('f');
        return Eigen.symmetricGeneralizedEigenvalues(copy, false).maxNumber().doubleValue();
    }

    /** A random d × d orthogonal matrix: Gram–Schmidt on the columns of a Gaussian matrix. */
    static INDArray randomOrthogonal(SplittableRandom random, int d) {
        double[][] q = new double[d][d];
        for (int j = 0; j < d; j++) {
            double[] v = new double[d];
            for (int i = 0; i < d; i++) {
                v[i] = random.nextGaussian();
            }
            for (int pass = 0; pass < 2; pass++) {
                for (int k = 0; k < j; k++) {
                    double dot = 0.0;
                    for (int i = 0; i < d; i++) {
                        dot += v[i] * q[i][k];
                    }
                    for (int i = 0; i < d; i++) {
                        v[i] -= dot * q[i][k];
                    }
                }
            }
            double norm = 0.0;
            for (double value : v) {
                norm += value * value;
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < d; i++) {
                q[i][j] = v[i] / norm;
            }
        }
        return Nd4j.createFromArray(q);
    }

    /** An N × d matrix of standard Gaussians. */
    static INDArray gaussian(SplittableRandom random, int rows, int columns) {
        double[] values = new double[rows * columns];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextGaussian();
        }
        return Nd4j.create(values, new long[] {rows, columns});
    }
}
