package org.dlcourse.equivariance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.grading.LibraryShortcuts;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The exercise is to write the group actions, the correlation and the resampling, so the student's classes must not
 * call a library's (the forbidden calls and their reasons are declared once, in this exercise's
 * {@code exercise.json}). The points need the functions the forbidden calls would replace to return a result first:
 * the unimplemented stubs avoid the libraries too.
 */
class LibraryShortcutTests {

    @Test
    @Graded(points = 2, task = "correlation",
            hint = "Write the rotations, flips, the correlation and the bilinear interpolation yourself: ND4J's rot90/reverse, convolution and image ops, SameDiff and AWT are not allowed in this exercise; these points also need ImageActions.rotate, Correlation.correlate and BilinearRotation.rotate implemented.")
    void studentCodeDoesNotCallLibraryRotationsOrConvolutions() throws IOException {
        INDArray image = Nd4j.linspace(1, 9, 9, DataType.DOUBLE).reshape(1, 3, 3);
        INDArray filters = Nd4j.linspace(1, 9, 9, DataType.DOUBLE).reshape(1, 1, 3, 3);
        assertThat(ImageActions.rotate(image, new QuarterTurn(1)).shape()).containsExactly(1, 3, 3);
        assertThat(Correlation.correlate(image, filters, Nd4j.zeros(DataType.DOUBLE, 1)).shape()).containsExactly(1, 3, 3);
        assertThat(BilinearRotation.rotate(image, 0.3).shape()).containsExactly(1, 3, 3);
        LibraryShortcuts.Scan scan = LibraryShortcuts.scan(ImageActions.class);

        assertThat(scan.references()).as("references found in the student's classes").isNotEmpty();
        assertThat(scan.messages()).as("forbidden calls").isEmpty();
    }
}
