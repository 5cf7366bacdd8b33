package org.dlcourse.backprop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.SplittableRandom;
import java.io.IOException;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.grading.LibraryShortcuts;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The exercise is to derive and write backpropagation, so the student's classes must not call ND4J's automatic
 * differentiation, layers, activations or losses (the forbidden calls and their reasons are declared once, in this
 * exercise's {@code exercise.json}). Checked on the compiled classes of the exercise's package, found where
 * {@link TwoLayerNetwork} was loaded from. The points reward code written by hand, so an unimplemented stub (which
 * calls nothing at all) earns none.
 */
class LibraryShortcutTests {

    @Test
    @Graded(points = 5, task = "network",
            hint = "Write the forward and backward passes with matrix products, element-wise operations and reductions: ND4J's SameDiff, layers, activations (relu), their derivatives and loss functions are not allowed in this exercise.")
    void studentCodeDoesNotCallLibraryLayersOrAutodiff() throws IOException {
        INDArray input = Nd4j.create(new double[][] {{1, -2}});
        Parameters parameters = Parameters.initialize(2, 3, 2, DataType.DOUBLE, new SplittableRandom(1));
        assertThatCode(() -> {
            Relu.backward(Relu.forward(input), input);
            Affine.backward(Nd4j.ones(DataType.DOUBLE, 1, 3), input, parameters.w1());
            TwoLayerNetwork.loss(parameters, input, new int[] {1}, 0.1);
            MiniBatchSgd.step(parameters, TwoLayerNetwork.lossAndGradient(parameters, input, new int[] {1}, 0.1)
                    .gradient(), 0.1);
            MiniBatchSgd.train(parameters, input, new int[] {1}, new SgdSettings(0.1, 1, 1, 0.0), new SplittableRandom(2));
        }).as("points for writing it yourself need an implementation: every function must return").doesNotThrowAnyException();
        LibraryShortcuts.Scan scan = LibraryShortcuts.scan(TwoLayerNetwork.class);

        assertThat(scan.references()).as("references found in the student's classes").isNotEmpty();
        assertThat(scan.messages()).as("forbidden calls").isEmpty();
    }
}
