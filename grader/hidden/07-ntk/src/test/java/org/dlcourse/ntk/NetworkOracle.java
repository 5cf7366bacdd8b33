package org.dlcourse.ntk;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * An independent implementation of the network for the hidden tests: the forward pass on plain {@code double[][]}
 * copies of the parameters and the Jacobian with respect to every N(0, 1) parameter by central differences.
 */
final class NetworkOracle {

    /** Central differences of the output in a parameter of size ~1: truncation ~h², rounding ~1e-16/h. */
    static final double STEP = 1e-6;

    private final Architecture architecture;
    private final List<double[][]> weights = new ArrayList<>();
    private final List<double[]> biases = new ArrayList<>();

    NetworkOracle(FullyConnectedNetwork network) {
        this.architecture = network.architecture();
        for (int l = 0; l < network.weights().size(); l++) {
            weights.add(network.weights().get(l).toDoubleMatrix());
            biases.add(network.biases().get(l).dup().reshape(network.biases().get(l).length()).toDoubleVector());
        }
    }

    /** The outputs f(x_i) [N]. */
    double[] outputs(double[][] x) {
        double[] f = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            f[i] = output(x[i], null);
        }
        return f;
    }

    /** The smallest |z| over all hidden pre-activations of all rows (near 0 ReLU is not differentiable). */
    double smallestHiddenPreActivation(double[][] x) {
        double[] smallest = {Double.POSITIVE_INFINITY};
        for (double[] row : x) {
            output(row, smallest);
        }
        return smallest[0];
    }

    private double output(double[] input, double[] smallest) {
        double[] h = input;
        for (int l = 0; l < weights.size(); l++) {
            double[][] w = weights.get(l);
            double[] z = new double[w.length];
            for (int r = 0; r < w.length; r++) {
                double sum = 0.0;
                for (int c = 0; c < h.length; c++) {
                    sum += w[r][c] * h[c];
                }
                z[r] = architecture.sigmaW() / Math.sqrt(h.length) * sum + architecture.sigmaB() * biases.get(l)[r];
            }
            if (l == weights.size() - 1) {
                return z[0];
            }
            if (smallest != null) {
                for (double value : z) {
                    smallest[0] = Math.min(smallest[0], Math.abs(value));
                }
            }
            h = activate(z);
        }
        throw new IllegalStateException("unreachable");
    }

    private double[] activate(double[] z) {
        double[] out = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            out[i] = architecture.activation() == Activation.RELU ? Math.max(z[i], 0.0) : Erf.erf(z[i]);
        }
        return out;
    }

    /** J [N, P]: ∂f(x_i)/∂θ_p by central differences, over W_1, b_1, …, W_{L+1}, b_{L+1}. */
    double[][] jacobian(double[][] x) {
        List<double[]> columns = new ArrayList<>();
        for (int l = 0; l < weights.size(); l++) {
            for (double[] row : weights.get(l)) {
                for (int c = 0; c < row.length; c++) {
                    columns.add(derivative(x, row, c));
                }
            }
            double[] b = biases.get(l);
            for (int r = 0; r < b.length; r++) {
                columns.add(derivative(x, b, r));
            }
        }
        double[][] j = new double[x.length][columns.size()];
        for (int p = 0; p < columns.size(); p++) {
            for (int i = 0; i < x.length; i++) {
                j[i][p] = columns.get(p)[i];
            }
        }
        return j;
    }

    /** The gradient of L = ½·mean (f − y)², flattened like {@link #jacobian}: Jᵀ·(f − y)/N. */
    double[] lossGradient(double[][] x, double[] y) {
        double[][] j = jacobian(x);
        double[] f = outputs(x);
        double[] g = new double[j[0].length];
        for (int i = 0; i < x.length; i++) {
            for (int p = 0; p < g.length; p++) {
                g[p] += j[i][p] * (f[i] - y[i]) / x.length;
            }
        }
        return g;
    }

    private double[] derivative(double[][] x, double[] parameters, int index) {
        double saved = parameters[index];
        parameters[index] = saved + STEP;
        double[] plus = outputs(x);
        parameters[index] = saved - STEP;
        double[] minus = outputs(x);
        parameters[index] = saved;
        double[] d = new double[x.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = (plus[i] - minus[i]) / (2 * STEP);
        }
        return d;
    }

    /** J(x1)·J(x2)ᵀ. */
    INDArray ntk(double[][] x1, double[][] x2) {
        double[][] j1 = jacobian(x1);
        double[][] j2 = jacobian(x2);
        double[][] theta = new double[x1.length][x2.length];
        for (int a = 0; a < x1.length; a++) {
            for (int b = 0; b < x2.length; b++) {
                double sum = 0.0;
                for (int p = 0; p < j1[a].length; p++) {
                    sum += j1[a][p] * j2[b][p];
                }
                theta[a][b] = sum;
            }
        }
        return Nd4j.createFromArray(theta);
    }

    /** The parameters of a network flattened like {@link #jacobian}. */
    static double[] flatten(FullyConnectedNetwork network) {
        List<Double> values = new ArrayList<>();
        for (int l = 0; l < network.weights().size(); l++) {
            for (double v : network.weights().get(l).dup('c').data().asDouble()) {
                values.add(v);
            }
            for (double v : network.biases().get(l).dup('c').data().asDouble()) {
                values.add(v);
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
