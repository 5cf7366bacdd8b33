package org.dlcourse.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.util.List;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.grading.LibraryShortcuts;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The exercise is the transfer machinery, so the student's classes must not call ND4J's updaters, SameDiff or data-set
 * iterators (declared once, with reasons, in this exercise's {@code exercise.json}). Checked on the compiled classes of
 * the exercise's package. The points reward code written by hand, so an unimplemented stub earns none.
 */
class LibraryShortcutTests {

    @Test
    @Graded(points = 2, task = "strategies",
            hint = "Write the optimizer, the strategies, the loop and the sampling with the given classes, ND4J arithmetic and Java loops: ND4J's updaters (org.nd4j.linalg.learning), updater ops, SameDiff and data-set iterators are not allowed; these points also need every method implemented.")
    void studentCodeDoesNotCallLibraryShortcuts() throws IOException {
        assertThatCode(() -> {
            Backbone pretrained = new Backbone(new Architecture(2, new int[] {3}, true), 1L);
            TransferSettings settings = new TransferSettings(0.1, 0.01, 0.9, 0.01);
            TransferRun probe = Transfer.linearProbe(pretrained, 2, settings, 2L);
            TransferTraining.train(probe, Nd4j.createFromArray(new double[][] {{1, 0}, {0, 1}}), new int[] {0, 1}, 1, 2,
                    3L);
            Transfer.lpft(probe.network(), settings);
            Transfer.fineTune(pretrained, 2, settings, 4L);
            Transfer.scratch(pretrained.architecture(), 2, settings, 5L);
            FewShot.indices(new int[] {0, 1, 0, 1}, 2, 1, 6L);
            new GroupedSgd(List.of(new ParameterGroup("head", probe.network().head().parameters(), 0.1)), 0.0, 0.0)
                    .step();
        }).as("points for writing it yourself need an implementation: every function must return")
                .doesNotThrowAnyException();
        LibraryShortcuts.Scan scan = LibraryShortcuts.scan(Transfer.class);

        assertThat(scan.references()).as("references found in the student's classes").isNotEmpty();
        assertThat(scan.messages()).as("forbidden calls").isEmpty();
    }
}
