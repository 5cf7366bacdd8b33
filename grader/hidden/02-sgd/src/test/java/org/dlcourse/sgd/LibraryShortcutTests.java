package org.dlcourse.sgd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.dlcourse.kit.bytecode.CallPolicy;
import org.dlcourse.kit.bytecode.CallScanner;
import org.dlcourse.kit.bytecode.CallViolation;
import org.dlcourse.kit.bytecode.ClassFiles;
import org.dlcourse.kit.bytecode.CodeReference;
import org.dlcourse.kit.grading.ExerciseDescriptor;
import org.dlcourse.kit.grading.Graded;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The exercise is to write the optimizer and the batching, so the student's classes must not call ND4J's updaters,
 * data-set iterators, SameDiff or loss functions (the forbidden calls and their reasons are declared once, in this
 * exercise's {@code exercise.json}). Checked on the compiled classes: every class of the exercise's packages found
 * where {@link Sgd} was loaded from. Avoiding the libraries earns the points only for code that does the work: the
 * unimplemented stubs avoid them too, so the optimizer and the batching must first return a result.
 */
class LibraryShortcutTests {

    @Test
    @Graded(points = 5, task = "sgd",
            hint = "Write the SGD update and the shuffling yourself with ND4J arithmetic and Java loops: ND4J's updaters (org.nd4j.linalg.learning: Sgd, Nesterovs, SgdUpdater), updater ops, data-set iterators, SameDiff and loss functions are not allowed; these points also need Sgd.step and MiniBatches implemented.")
    void studentCodeDoesNotCallLibraryOptimizers() throws IOException, URISyntaxException {
        Sgd optimizer = new Sgd(List.of(Nd4j.ones(2, 2)), SgdSettings.plain(0.1).withMomentum(0.9));
        optimizer.step(List.of(Nd4j.ones(2, 2)));
        assertThat(MiniBatches.batches(MiniBatches.shuffledIndices(5, new SplittableRandom(1)), 2)).isNotEmpty();
        ExerciseDescriptor exercise = ExerciseDescriptor.fromClasspath(LibraryShortcutTests.class.getClassLoader());
        Path studentClasses = Path.of(Sgd.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        List<CodeReference> references = new ArrayList<>();
        for (Map.Entry<String, byte[]> classFile : ClassFiles.readAll(studentClasses).entrySet()) {
            if (exercise.packages().stream().anyMatch(p -> classFile.getKey().startsWith(p + "."))) {
                references.addAll(CallScanner.scan(classFile.getValue()));
            }
        }
        List<CallViolation> violations = CallPolicy.of(exercise.forbiddenCalls()).check(references);

        assertThat(references).as("references found in the student's classes").isNotEmpty();
        assertThat(violations).as("forbidden calls").extracting(CallViolation::message).isEmpty();
    }
}
