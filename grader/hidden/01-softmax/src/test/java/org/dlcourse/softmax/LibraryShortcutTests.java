package org.dlcourse.softmax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dlcourse.kit.bytecode.CallPolicy;
import org.dlcourse.kit.bytecode.CallScanner;
import org.dlcourse.kit.bytecode.CallViolation;
import org.dlcourse.kit.bytecode.ClassFiles;
import org.dlcourse.kit.bytecode.CodeReference;
import org.dlcourse.kit.grading.ExerciseDescriptor;
import org.dlcourse.kit.grading.Graded;
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
    void studentCodeDoesNotCallLibrarySoftmaxOrLosses() throws IOException, URISyntaxException {
        INDArray logits = Nd4j.create(new double[][] {{1, 2}});
        assertThatCode(() -> {
            Softmax.softmax(logits);
            Softmax.logSoftmax(logits);
            CrossEntropy.loss(logits, new int[] {0});
            CrossEntropy.gradient(logits, new int[] {0});
        }).as("points for writing it yourself need an implementation: every function must return").doesNotThrowAnyException();
        ExerciseDescriptor exercise = ExerciseDescriptor.fromClasspath(LibraryShortcutTests.class.getClassLoader());
        Path studentClasses = Path.of(Softmax.class.getProtectionDomain().getCodeSource().getLocation().toURI());

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
