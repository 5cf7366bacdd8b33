package org.dlcourse.kit.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.dlcourse.kit.bytecode.CallRule;
import org.dlcourse.kit.bytecode.fixtures.CallsSoftmax;
import org.junit.jupiter.api.Test;

class LibraryShortcutsTests {

    private static final String FIXTURES = CallsSoftmax.class.getPackageName();

    private static ExerciseDescriptor exercise(List<String> packages, List<CallRule> forbidden) {
        return new ExerciseDescriptor("01-fixture", "fixture", packages, List.of(), forbidden);
    }

    @Test
    void findsAForbiddenCallInTheExercisesPackagesAndSaysWhy() throws IOException {
        CallRule softmax = new CallRule("org.nd4j.linalg.ops.transforms.Transforms#softmax", "write softmax yourself");

        LibraryShortcuts.Scan scan = LibraryShortcuts.scan(exercise(List.of(FIXTURES), List.of(softmax)), CallsSoftmax.class);

        assertThat(scan.references()).isNotEmpty();
        assertThat(scan.messages()).isNotEmpty().allSatisfy(message -> assertThat(message)
                .contains(CallsSoftmax.class.getName(), "Transforms.softmax", "write softmax yourself"));
    }

    @Test
    void scansOnlyTheExercisesPackages() throws IOException {
        CallRule softmax = new CallRule("org.nd4j.linalg.ops.transforms.Transforms#softmax", "write softmax yourself");

        LibraryShortcuts.Scan scan = LibraryShortcuts.scan(exercise(List.of("org.example.other"), List.of(softmax)),
                CallsSoftmax.class);

        assertThat(scan.references()).isEmpty();
        assertThat(scan.violations()).isEmpty();
    }
}
