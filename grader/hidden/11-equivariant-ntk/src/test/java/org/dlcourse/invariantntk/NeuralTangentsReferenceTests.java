package org.dlcourse.invariantntk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.reference.ReferenceValues;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * On group-invariant inputs the invariant kernel is the base kernel, K_G(x, x′) = K(x, x′): checked against
 * neural-tangents' {@code stax} values (provenance in the resource, neural-tangents 0.6.6 on JAX, float64).
 *
 * <p>The D4-invariant 6 × 6 images form a space of dimension 6, one dimension per pixel orbit (three orbits of 4 pixels
 * on the diagonals, three of 8 off them). The reference inputs v ∈ ℝ⁶ are embedded isometrically up to the input
 * kernel's 1/d: x = Σ_o √6·v_o·1_o/√|o|, so that x·x′/36 = v·v′/6, and a fully connected kernel of the images is the
 * reference kernel of the vectors.
 */
class NeuralTangentsReferenceTests {

    /**
     * The reference and the given recursion are float64 evaluations of the same closed forms (~1e-15 relative), the
     * average adds |G|² ≤ 64 equal terms; 1e-10 relative as in exercise 07's reference tests.
     */
    private static final Tolerance REFERENCE_TOLERANCE = Tolerance.of(1e-12, 1e-10);

    private static final ReferenceValues REFERENCE = ReferenceValues.load(NeuralTangentsReferenceTests.class,
            "ntk-neural-tangents.json");

    private static final String ARCH = "/archs/relu_1hidden_w1_b0";

    /** The reference inputs as invariant images, embedded once for both tests. */
    private static final INDArray TRAIN = embed(REFERENCE.matrix("/x_train"));
    private static final INDArray TEST = embed(REFERENCE.matrix("/x_test"));

    @Test
    @Graded(points = 4, task = "invariant-kernel",
            hint = "On images invariant under G, every g·x equals x, so K_G(x, x′) must equal the base kernel K(x, x′): the double sum has |G|² terms and divides by |G|², not |G|, and must not skip repeated images.")
    void invariantKernelIsTheBaseKernelOnInvariantImages() {
        FullyConnectedKernel network = network();
        INDArray train = TRAIN;
        INDArray test = TEST;
        for (Group group : Group.values()) {
            assertThat(InvariantKernel.doubleSum(network.ntk(), group, train, train)).as("NTK_%s(train, train)", group)
                    .isCloseTo(REFERENCE.matrix(ARCH + "/ntk_train"), REFERENCE_TOLERANCE);
            assertThat(InvariantKernel.doubleSum(network.nngp(), group, test, train)).as("NNGP_%s(test, train)", group)
                    .isCloseTo(REFERENCE.matrix(ARCH + "/nngp_test_train"), REFERENCE_TOLERANCE);
        }
        assertThat(REFERENCE.provenance()).contains("neural-tangents");
    }

    @Test
    @Graded(points = 2, task = "reduction",
            hint = "On images invariant under G the single sum (1/|G|) Σ_u K(x, u·x′) must equal the base kernel K(x, x′): |G| terms divided by |G|.")
    void reducedKernelIsTheBaseKernelOnInvariantImages() {
        FullyConnectedKernel network = network();
        INDArray train = TRAIN;
        INDArray test = TEST;
        for (Group group : Group.values()) {
            assertThat(InvariantKernel.reduced(network.ntk(), group, test, train)).as("NTK_%s(test, train)", group)
                    .isCloseTo(REFERENCE.matrix(ARCH + "/ntk_test_train"), REFERENCE_TOLERANCE);
        }
    }

    private static FullyConnectedKernel network() {
        assertThat(REFERENCE.node(ARCH + "/spec/act").asText()).isEqualTo("relu");
        return new FullyConnectedKernel(REFERENCE.node(ARCH + "/spec/depth").asInt(),
                REFERENCE.scalar(ARCH + "/spec/W_std"), REFERENCE.scalar(ARCH + "/spec/b_std"));
    }

    /** The rows of {@code vectors} [N, 6] as D4-invariant 6 × 6 images with the same input kernel. */
    static INDArray embed(INDArray vectors) {
        int side = 6;
        List<List<Integer>> orbits = pixelOrbits(side);
        assertThat(orbits).hasSize((int) vectors.size(1));
        double[][] rows = vectors.toDoubleMatrix();
        double[] pixels = new double[rows.length * side * side];
        for (int n = 0; n < rows.length; n++) {
            for (int o = 0; o < orbits.size(); o++) {
                double value = Math.sqrt(side) * rows[n][o] / Math.sqrt(orbits.get(o).size());
                for (int p : orbits.get(o)) {
                    pixels[n * side * side + p] = value;
                }
            }
        }
        return Nd4j.create(pixels, new long[] {rows.length, side, side}, DataType.DOUBLE);
    }

    /** The D4 orbits of the pixels of an s × s image, ordered by their smallest index. */
    private static List<List<Integer>> pixelOrbits(int side) {
        double[] indices = new double[side * side];
        for (int p = 0; p < indices.length; p++) {
            indices[p] = p;
        }
        INDArray labels = Nd4j.create(indices, new long[] {1, side, side}, DataType.DOUBLE);
        List<double[]> transformed = Oracle.elements(Group.D4).stream()
                .map(g -> Oracle.act(g, labels).data().asDouble()).toList();
        TreeMap<Integer, List<Integer>> orbits = new TreeMap<>();
        for (int p = 0; p < indices.length; p++) {
            int smallest = p;
            for (double[] moved : transformed) {
                smallest = Math.min(smallest, (int) moved[p]);
            }
            orbits.computeIfAbsent(smallest, key -> new ArrayList<>()).add(p);
        }
        return new ArrayList<>(orbits.values());
    }
}
