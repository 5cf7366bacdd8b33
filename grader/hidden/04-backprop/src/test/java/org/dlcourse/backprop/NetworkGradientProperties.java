package org.dlcourse.backprop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dlcourse.kit.gradcheck.GradientCheck;
import org.dlcourse.kit.gradcheck.NumericGradient;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Property;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The analytic gradients of the network's loss against five-point central differences, for every parameter and for
 * the input, on small generated networks in double precision.
 *
 * <p>The per-parameter checks differentiate the loss numerically through the tests' own plain-Java network
 * ({@link NetworkOracle}): that pins the student's gradient to the gradient of the true loss (whose value the
 * student's {@code loss} must match, see {@link NetworkProperties}), and costs microseconds instead of hundreds of ND4J
 * calls per entry. One property runs the lesson's own gradient check, central differences of the student's loss
 * through ND4J, on the output bias.
 */
class NetworkGradientProperties {

    /**
     * CS231n's bound for analytic vs numeric gradients in double precision. The stencil's absolute error is ~1e-12
     * (see {@link #STEP}) and compared entries are ≥ 1e-4, so a correct gradient stays orders of magnitude below it,
     * while a wrong factor of 2 (relative error 1/3) or a missing mask fails by orders of magnitude.
     */
    private static final double GRADIENT_CHECK = GradientCheck.ACCEPTABLE_IN_DOUBLE;

    /** Step of the five-point stencil: truncation O(h⁴) ≈ 1e-12 and roundoff ε·|L|/h ≈ 1e-12 balance here (see 01). */
    private static final double STEP = 1e-3;

    /**
     * Smallest |pre-activation| for which the loss is smooth over the whole stencil: a parameter moves by at most
     * 2h = 2e-3 and an input entry is at most 2 in magnitude, so a pre-activation moves by at most 4e-3 < 1e-2 and
     * no ReLU changes side. Across a kink the numeric derivative averages two slopes and is simply wrong, so such
     * samples are discarded rather than compared.
     */
    private static final double KINK_DISTANCE = 1e-2;

    /**
     * Smallest nonzero |gradient entry| for which the element-wise relative error is meaningful: the stencil's
     * absolute error is ~1e-12, so an entry of 1e-4 can be checked to 1e-8. Entries that are exactly 0 (dead hidden
     * units) compare exactly; samples with a tiny nonzero entry are discarded.
     */
    private static final double MEANINGFUL_ENTRY = 1e-4;

    /**
     * Where the exact gradient is exactly 0 the analytic one must be 0 too, up to rounding of sums of exact zeros
     * with entries of order 1 (a correct implementation multiplies by exact zeros and returns 0).
     */
    private static final double INACTIVE_ENTRY = 1e-12;

    Gen<Networks.Case> networks() {
        return Networks.small();
    }

    private static void assumeCheckable(Networks.Case network) {
        assumeTrue(network.distanceToKink() > KINK_DISTANCE, "a pre-activation sits near ReLU's kink");
        NetworkOracle.Gradient g = network.oracleGradient();
        assumeMeaningful(Stream.of(Arrays.stream(g.w1()).flatMapToDouble(Arrays::stream), Arrays.stream(g.b1()),
                Arrays.stream(g.w2()).flatMapToDouble(Arrays::stream), Arrays.stream(g.b2())).flatMapToDouble(s -> s));
    }

    private static void assumeMeaningful(DoubleStream exactEntries) {
        assumeTrue(exactEntries.allMatch(e -> e == 0 || Math.abs(e) >= MEANINGFUL_ENTRY),
                "a gradient entry is too close to 0 for a relative comparison");
    }

    /**
     * Compares the analytic gradient with the numeric one where the exact gradient (the oracle's) is nonzero, by
     * CS231n's relative error, and requires it to be 0 where the exact gradient is exactly 0 (a hidden unit that is
     * inactive on the whole batch): there the numeric derivative is rounding noise of the loss (~1e-14) that the
     * relative error would divide by its 1e-8 floor.
     */
    private static void assertAgrees(INDArray analytic, INDArray numeric, double[] exact, String name) {
        double[] a = analytic.dup().reshape(analytic.length()).toDoubleVector();
        double[] n = numeric.dup().reshape(numeric.length()).toDoubleVector();
        assertThat(a).as("number of entries of %s", name).hasSize(exact.length);
        int[] active = IntStream.range(0, exact.length).filter(i -> exact[i] != 0).toArray();
        for (int i = 0; i < exact.length; i++) {
            if (exact[i] == 0) {
                assertThat(a[i]).as("entry %d of %s, whose hidden unit is inactive on the whole batch", i, name)
                        .isCloseTo(0.0, within(INACTIVE_ENTRY));
            }
        }
        double error = GradientCheck.relativeError(pick(a, active), pick(n, active));
        assertThat(error).as("relative error of %s (CS231n)", name).isLessThanOrEqualTo(GRADIENT_CHECK);
    }

    private static INDArray pick(double[] values, int[] indices) {
        return Nd4j.createFromArray(IntStream.of(indices).mapToDouble(i -> values[i]).toArray());
    }

    private static double[] flat(double[][] matrix) {
        return Arrays.stream(matrix).flatMapToDouble(Arrays::stream).toArray();
    }

    /** The oracle's loss at the given parameters (plain double loops, no ND4J). */
    private static double oracleLoss(Networks.Case network, Parameters p) {
        return NetworkOracle.forward(p.w1().toDoubleMatrix(), p.b1().toDoubleVector(), p.w2().toDoubleMatrix(),
                p.b2().toDoubleVector(), network.x(), network.labels(), network.l2()).loss();
    }

    /**
     * The five-point stencil (−f(θ+2h) + 8f(θ+h) − 8f(θ−h) + f(θ−2h)) / 12h per entry of {@code at} (in C order), the
     * same formula as the kit's {@link NumericGradient#fourthOrder}, on a loss of plain double arrays.
     */
    private static INDArray oracleNumericGradient(INDArray at, ToDoubleFunction<double[]> loss) {
        double[] theta = at.dup('c').reshape(at.length()).toDoubleVector();
        double[] gradient = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            double[] shifted = theta.clone();
            double[] f = new double[4];
            double[] offsets = {2 * STEP, STEP, -STEP, -2 * STEP};
            for (int k = 0; k < 4; k++) {
                shifted[i] = theta[i] + offsets[k];
                f[k] = loss.applyAsDouble(shifted);
            }
            gradient[i] = (-f[0] + 8 * f[1] - 8 * f[2] + f[3]) / (12 * STEP);
        }
        return Nd4j.create(gradient, at.shape(), 'c');
    }

    private static double[][] reshape(double[] entries, long rows) {
        int columns = entries.length / (int) rows;
        double[][] matrix = new double[(int) rows][];
        for (int r = 0; r < rows; r++) {
            matrix[r] = Arrays.copyOfRange(entries, r * columns, (r + 1) * columns);
        }
        return matrix;
    }

    private static void checkParameter(Networks.Case network, Function<Parameters, INDArray> parameter,
            Function<INDArray, Parameters> replace, double[] exact, String name) {
        assumeCheckable(network);
        INDArray value = parameter.apply(network.parameters());
        INDArray numeric = oracleNumericGradient(value,
                entries -> oracleLoss(network, replace.apply(Nd4j.create(entries, value.shape(), value.ordering()))));
        INDArray analytic = parameter.apply(TwoLayerNetwork.lossAndGradient(network.parameters(), network.input(),
                network.labels(), network.l2()).gradient());
        assertThat(analytic.shape()).as("shape of %s", name).isEqualTo(parameter.apply(network.parameters()).shape());
        assertAgrees(analytic, numeric, exact, name);
    }

    @Property(tries = 12)
    @Graded(points = 3, task = "network",
            hint = "∂L/∂W1 disagrees with central differences of your loss: backpropagate through ReLU (mask by A > 0) and the first affine layer (Gᵀ·X), and add λ·W1.")
    void firstLayerWeights(@ForAll("networks") Networks.Case network) {
        Parameters p = network.parameters();
        checkParameter(network, Parameters::w1, w1 -> new Parameters(w1, p.b1(), p.w2(), p.b2()),
                flat(network.oracleGradient().w1()), "∂L/∂W1");
    }

    @Property(tries = 12)
    @Graded(points = 2, task = "network",
            hint = "∂L/∂b1 disagrees with central differences of your loss: it is the sum over the batch (axis 0) of the gradient flowing into the pre-activation A, and is not regularized.")
    void firstLayerBias(@ForAll("networks") Networks.Case network) {
        Parameters p = network.parameters();
        checkParameter(network, Parameters::b1, b1 -> new Parameters(p.w1(), b1, p.w2(), p.b2()),
                network.oracleGradient().b1(), "∂L/∂b1");
    }

    @Property(tries = 12)
    @Graded(points = 3, task = "network",
            hint = "∂L/∂W2 disagrees with central differences of your loss: it is G_Zᵀ·H with G_Z = (softmax(Z) − Y)/N, plus λ·W2.")
    void secondLayerWeights(@ForAll("networks") Networks.Case network) {
        Parameters p = network.parameters();
        checkParameter(network, Parameters::w2, w2 -> new Parameters(p.w1(), p.b1(), w2, p.b2()),
                flat(network.oracleGradient().w2()), "∂L/∂W2");
    }

    @Property(tries = 12)
    @Graded(points = 2, task = "network",
            hint = "∂L/∂b2 disagrees with central differences of your loss: it is the column sum of (softmax(Z) − Y)/N, and is not regularized.")
    void secondLayerBias(@ForAll("networks") Networks.Case network) {
        Parameters p = network.parameters();
        checkParameter(network, Parameters::b2, b2 -> new Parameters(p.w1(), p.b1(), p.w2(), b2),
                network.oracleGradient().b2(), "∂L/∂b2");
    }

    @Property(tries = 12)
    @Graded(points = 3, task = "affine",
            hint = "The gradient with respect to the network's INPUT, chained through your Affine.backward and Relu.backward, disagrees with central differences: check ∂L/∂X = G·W (not G·Wᵀ) and the ReLU mask.")
    void inputThroughTheChainedLayers(@ForAll("networks") Networks.Case network) {
        assumeCheckable(network);
        Parameters p = network.parameters();
        INDArray numeric = oracleNumericGradient(network.input(), entries -> NetworkOracle.forward(network.w1(),
                network.b1(), network.w2(), network.b2(), reshape(entries, network.input().rows()), network.labels(),
                0.0).loss());
        INDArray preActivation = Affine.forward(network.input(), p.w1(), p.b1());
        INDArray hidden = Relu.forward(preActivation);
        INDArray scores = Affine.forward(hidden, p.w2(), p.b2());
        INDArray upstream = Affine.backward(SoftmaxCrossEntropy.gradient(scores, network.labels()), hidden, p.w2()).input();
        INDArray analytic = Affine.backward(Relu.backward(upstream, preActivation), network.input(), p.w1()).input();
        double[][] exactInput = NetworkOracle.inputGradient(network.w1(), network.b1(), network.w2(), network.b2(),
                network.x(), network.labels());
        assumeMeaningful(Arrays.stream(exactInput).flatMapToDouble(Arrays::stream));

        assertThat(analytic.shape()).as("shape of ∂L/∂X").isEqualTo(network.input().shape());
        assertAgrees(analytic, numeric, flat(exactInput), "∂L/∂X");
    }

    @Property(tries = 6)
    @Graded(points = 1, task = "network",
            hint = "Your own gradient check fails: ∂L/∂b2 from lossAndGradient disagrees with central differences of your TwoLayerNetwork.loss — the two must compute the same L (same 1/N, same λ/2 penalty).")
    void outputBiasAgreesWithCentralDifferencesOfYourOwnLoss(@ForAll("networks") Networks.Case network) {
        assumeCheckable(network);
        Parameters p = network.parameters();
        INDArray numeric = NumericGradient.fourthOrder(
                b2 -> TwoLayerNetwork.loss(new Parameters(p.w1(), p.b1(), p.w2(), b2), network.input(),
                        network.labels(), network.l2()), p.b2(), STEP);
        INDArray analytic = TwoLayerNetwork.lossAndGradient(p, network.input(), network.labels(), network.l2())
                .gradient().b2();
        assertAgrees(analytic, numeric, network.oracleGradient().b2(), "∂L/∂b2");
    }
}
