package org.dlcourse.softmax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.grading.LibraryShortcuts;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The exercise is to write softmax and cross-entropy, so the student's classes must not call ND4J's own
 * (the forbidden calls and their reasons are declared once, in this exercise's {@code exercise.json}).
 * Checked on the compiled classes: every class of the exercise's packages found where {@link Softmax} was loaded from.
 * The points reward code written by hand, so an unimplemented stub (which calls nothing at all) earns none.
 */
class LibraryShortcutTests {

    @Test
    @Graded(points = 5, task = "softmax",
            hint = "Implement softmax, log-softmax and cross-entropy with element-wise operations (exp, log, max, sum): ND4J's softmax, log-softmax and loss functions are not allowed in this exercise.")
    void studentCodeDoesNotCallLibrarySoftmaxOrLosses() throws IOException {
        INDArray logits = Nd4j.create(new double[][] {{1, 2}});
        assertThatCode(() -> {
            Softmax.softmax(logits);
            Softmax.logSoftmax(logits);
            CrossEntropy.loss(logits, new int[] {0});
            CrossEntropy.gradient(logits, new int[] {0});
        }).as("points for writing it yourself need an implementation: every function must return").doesNotThrowAnyException();
        LibraryShortcuts.Scan scan = LibraryShortcuts.scan(Softmax.class);

        assertThat(scan.references()).as("references found in the student's classes").isNotEmpty();
        assertThat(scan.messages()).as("forbidden calls").isEmpty();
    }
}
