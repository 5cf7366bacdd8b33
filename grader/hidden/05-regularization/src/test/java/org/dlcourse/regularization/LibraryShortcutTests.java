package org.dlcourse.regularization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.grading.LibraryShortcuts;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The exercise is to write batch normalization, dropout and weight decay, so the student's classes must not call
 * ND4J's batch-norm and dropout ops, its RNG, its regularization classes, SameDiff or DL4J (the forbidden calls and
 * their reasons are declared once, in this exercise's {@code exercise.json}). Checked on the compiled classes. The
 * points reward code written by hand, so an unimplemented stub (which calls nothing at all) earns none.
 */
class LibraryShortcutTests {

    @Test
    @Graded(points = 4, task = "batch-norm",
            hint = "Write batch normalization, dropout and weight decay yourself with ND4J arithmetic and Java loops: ND4J's BatchNorm/FusedBatchNorm ops, DropOut/DropOutInverted and other random ops, Nd4j.rand, Nd4j.nn(), its regularization classes, SameDiff and DL4J are not allowed; these points also need every class implemented.")
    void studentCodeDoesNotCallLibraryLayers() throws IOException {
        assertThatCode(() -> {
            INDArray x = Nd4j.create(new double[][] {{1, 2}, {3, 5}, {0, 1}});
            BatchNorm1d batchNorm = new BatchNorm1d(2);
            batchNorm.forward(x, Mode.TRAIN);
            batchNorm.backward(x);
            Dropout dropout = new Dropout(0.5, new SplittableRandom(1));
            dropout.forward(x, Mode.TRAIN);
            dropout.backward(x);
            WeightDecay.l2Penalty(List.of(x), 0.1);
            WeightDecay.sgdStepWithL2Penalty(x.dup(), x, 0.1, 0.1);
            WeightDecay.decoupledStep(x.dup(), x, 0.1, 0.1);
            new EarlyStopping(1).run(2, List.of(x.dup()), () -> { }, () -> 1.0);
            Ensemble.crossValidated(new int[] {0, 1, 2}, 3, fold -> input -> Nd4j.ones(DataType.DOUBLE, 1, 2))
                    .probabilities(x);
            new Augmentation(1, 2, 1, 0.5, new SplittableRandom(1)).apply(x, new int[3]);
        }).as("points for writing it yourself need an implementation: every function must return")
                .doesNotThrowAnyException();
        LibraryShortcuts.Scan scan = LibraryShortcuts.scan(BatchNorm1d.class);

        assertThat(scan.references()).as("references found in the student's classes").isNotEmpty();
        assertThat(scan.messages()).as("forbidden calls").isEmpty();
    }
}
