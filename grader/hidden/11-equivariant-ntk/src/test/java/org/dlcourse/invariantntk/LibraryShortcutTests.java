package org.dlcourse.invariantntk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.grading.LibraryShortcuts;
import org.junit.jupiter.api.Test;

/**
 * The exercise is to write the group action as a pixel permutation, so the student's classes must not call ND4J's
 * rotations and flips (the forbidden calls and their reasons are declared once, in this exercise's
 * {@code exercise.json}). The point needs the action implemented first: the unimplemented stub avoids the libraries
 * too.
 */
class LibraryShortcutTests {

    @Test
    @Graded(points = 1, task = "group-action",
            hint = "Write the quarter turns and the mirror as pixel permutations yourself: ND4J's rot90 and reverse are not allowed in this exercise; this point also needs Symmetry.sourceIndices implemented.")
    void studentCodeDoesNotCallLibraryRotations() throws IOException {
        assertThat(new Symmetry(1, true).sourceIndices(3)).hasSize(9);
        LibraryShortcuts.Scan scan = LibraryShortcuts.scan(Symmetry.class);

        assertThat(scan.references()).as("references found in the student's classes").isNotEmpty();
        assertThat(scan.messages()).as("forbidden calls").isEmpty();
    }
}
