package org.dlcourse.invariantntk;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Kernel ridge regression, the infinite-time limit of gradient flow on the squared loss with a kernel (lecture 07):
 * <pre>
 *   f(x*) = k(x*, X)·(K(X, X) + λI)⁻¹·y,
 * </pre>
 * the minimizer of Σ_i (y_i − f(x_i))² + λ‖f‖² in the kernel's function space. The linear system is solved by a
 * Cholesky factorization of the lower triangle of K + λI. Given to students complete.
 */
public final class KernelRegression {

    private KernelRegression() {
    }

    /**
     * The predictions at the test images.
     *
     * @param kernel      the kernel k
     * @param images      training images [N, s, s]
     * @param targets     training targets [N]
     * @param testImages  test images [M, s, s]
     * @param ridge       λ ≥ 0; a duplicate training image makes K singular, so λ must then be positive
     * @return predictions [M]
     * @throws IllegalArgumentException if K + λI is not positive definite in double precision
     */
    public static INDArray predict(Kernel kernel, INDArray images, INDArray targets, INDArray testImages, double ridge) {
        Inputs.requireSameSide(images, testImages);
        Inputs.requireTargets(targets, images);
        Inputs.requireRidge(ridge);
        int n = (int) images.size(0);
        double[] gram = Inputs.values(kernel.matrix(images, images));
        for (int i = 0; i < n; i++) {
            gram[i * n + i] += ridge;
        }
        double[] weights = solve(gram, Inputs.values(targets), n);
        int m = (int) testImages.size(0);
        double[] cross = Inputs.values(kernel.matrix(testImages, images));
        double[] predictions = new double[m];
        for (int i = 0; i < m; i++) {
            double sum = 0.0;
            for (int j = 0; j < n; j++) {
                sum += cross[i * n + j] * weights[j];
            }
            predictions[i] = sum;
        }
        return Inputs.array(predictions, m);
    }

    /** Solves A·w = b for symmetric positive definite A [n·n] by A = LLᵀ, reading the lower triangle only. */
    private static double[] solve(double[] a, double[] b, int n) {
        double[] lower = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i * n + j];
                for (int k = 0; k < j; k++) {
                    sum -= lower[i * n + k] * lower[j * n + k];
                }
                if (i == j) {
                    if (!(sum > 0.0)) {
                        throw new IllegalArgumentException("K + λI is not positive definite (pivot " + sum + " at row "
                                + i + "): duplicate training images make K singular, use a positive ridge");
                    }
                    lower[i * n + i] = Math.sqrt(sum);
                } else {
                    lower[i * n + j] = sum / lower[j * n + j];
                }
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= lower[i * n + k] * y[k];
            }
            y[i] = sum / lower[i * n + i];
        }
        double[] w = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < n; k++) {
                sum -= lower[k * n + i] * w[k];
            }
            w[i] = sum / lower[i * n + i];
        }
        return w;
    }
}
