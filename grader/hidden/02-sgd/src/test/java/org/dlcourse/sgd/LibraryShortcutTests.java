package org.dlcourse.sgd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.grading.LibraryShortcuts;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The exercise is to write the optimizer and the batching, so the student's classes must not call ND4J's updaters,
 * data-set iterators, SameDiff or loss functions (the forbidden calls and their reasons are declared once, in this
 * exercise's {@code exercise.json}). Checked on the compiled classes: every class of the exercise's packages found
 * where {@link Sgd} was loaded from. The points reward code written by hand, so an unimplemented stub (which calls
 * nothing at all) earns none.
 */
class LibraryShortcutTests {

    @Test
    @Graded(points = 5, task = "sgd",
            hint = "Write the SGD update and the shuffling yourself with ND4J arithmetic and Java loops: ND4J's updaters (org.nd4j.linalg.learning: Sgd, Nesterovs, SgdUpdater), updater ops, data-set iterators, SameDiff and loss functions are not allowed; these points also need Sgd.step and MiniBatches implemented.")
    void studentCodeDoesNotCallLibraryOptimizers() throws IOException {
        assertThatCode(() -> {
            Sgd optimizer = new Sgd(List.of(Nd4j.ones(DataType.DOUBLE, 2, 2)),
                    SgdSettings.plain(0.1).withMomentum(0.9));
            optimizer.step(List.of(Nd4j.ones(DataType.DOUBLE, 2, 2)));
            MiniBatches.batches(MiniBatches.shuffledIndices(5, new SplittableRandom(1)), 2);
        }).as("points for writing it yourself need an implementation: every function must return")
                .doesNotThrowAnyException();
        LibraryShortcuts.Scan scan = LibraryShortcuts.scan(Sgd.class);

        assertThat(scan.references()).as("references found in the student's classes").isNotEmpty();
        assertThat(scan.messages()).as("forbidden calls").isEmpty();
    }
}
