package org.dlcourse.ntk;

import java.util.SplittableRandom;
import org.dlcourse.kit.property.Gen;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Generated inputs of the hidden properties: architectures, small networks and input sets. */
final class Cases {

    private Cases() {
    }

    /** An architecture and two input sets of the same dimension. */
    record KernelCase(Architecture architecture, INDArray x1, INDArray x2) {
        @Override
        public String toString() {
            return architecture + " x1 " + x1.rows() + " × " + x1.columns() + " " + x1.toStringFull().replace('\n', ' ')
                    + " x2 " + x2.toStringFull().replace('\n', ' ');
        }
    }

    /** A small network and an input set. */
    record NetworkCase(FullyConnectedNetwork network, INDArray x, INDArray y) {
        @Override
        public String toString() {
            return network.architecture() + " width " + network.width() + " d " + network.inputDimension()
                    + " x " + x.toStringFull().replace('\n', ' ');
        }
    }

    static Architecture architecture(SplittableRandom random, Activation activation, double sigmaB) {
        return new Architecture(random.nextInt(1, 4), random.nextDouble(0.5, 2.0), sigmaB, activation);
    }

    static Activation activation(SplittableRandom random) {
        return random.nextBoolean() ? Activation.RELU : Activation.ERF;
    }

    /** Inputs with a random scale per row, so the kernels see unequal norms. */
    static INDArray inputs(SplittableRandom random, int rows, int d) {
        INDArray x = Matrices.gaussian(random, rows, d);
        for (int i = 0; i < rows; i++) {
            x.getRow(i).muli(Math.exp(random.nextDouble(-1.0, 1.0)));
        }
        return x;
    }

    /**
     * Any architecture, σ_b ∈ [0, 1], 1–6 and 1–5 inputs of dimension 2–6. Not d = 1: there all inputs are
     * parallel, where θ = atan2(√(q·q′ − c²), c) is ill-conditioned (a rounding of c by one ulp moves θ by ~1e-8)
     * in any implementation, neural-tangents included.
     */
    static Gen<KernelCase> kernelCases() {
        return random -> {
            Architecture a = architecture(random, activation(random), random.nextBoolean() ? 0.0 : random.nextDouble(0.0, 1.0));
            int d = random.nextInt(2, 7);
            return new KernelCase(a, inputs(random, random.nextInt(1, 7), d), inputs(random, random.nextInt(1, 6), d));
        };
    }

    /** ReLU without biases, for the homogeneity law. */
    static Gen<KernelCase> reluWithoutBiases() {
        return random -> {
            Architecture a = architecture(random, Activation.RELU, 0.0);
            int d = random.nextInt(2, 7);
            return new KernelCase(a, inputs(random, random.nextInt(1, 6), d), inputs(random, random.nextInt(1, 6), d));
        };
    }

    /** A network of width 2–6 with the given σ_b rule, 1–5 inputs of dimension 2–4 and targets. */
    static Gen<NetworkCase> networks(boolean withBiases) {
        return random -> {
            double sigmaB = withBiases ? random.nextDouble(0.3, 1.0) : 0.0;
            Architecture a = architecture(random, activation(random), sigmaB);
            int d = random.nextInt(2, 5);
            int n = random.nextInt(1, 6);
            FullyConnectedNetwork network = FullyConnectedNetwork.initialize(a, d, random.nextInt(2, 7),
                    new SplittableRandom(random.nextLong()));
            return new NetworkCase(network, inputs(random, n, d), Matrices.gaussian(random, 1, n).reshape(n));
        };
    }
}
