package org.dlcourse.kit.bytecode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dlcourse.kit.bytecode.ReferenceKind.FIELD;
import static org.dlcourse.kit.bytecode.ReferenceKind.METHOD;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.dlcourse.kit.bytecode.fixtures.CallsSoftmax;
import org.dlcourse.kit.bytecode.fixtures.Clean;
import org.dlcourse.kit.bytecode.fixtures.ReferencesExp;
import org.dlcourse.kit.bytecode.fixtures.UsesNn;
import org.junit.jupiter.api.Test;

class CallPolicyTests {

    private static final String SOFTMAX_REASON = "this exercise is to implement softmax yourself, not to call ND4J's";
    private static final CallPolicy SOFTMAX_EXERCISE = CallPolicy.of(List.of(
            new CallRule("org.nd4j.linalg.ops.transforms.Transforms#softmax", SOFTMAX_REASON),
            new CallRule("org.nd4j.linalg.factory.ops.NDNN", "the nn namespace does the exercise for you"),
            new CallRule("org.nd4j.linalg.factory.Nd4j#nn", "the nn namespace does the exercise for you"),
            new CallRule("org.nd4j.linalg.ops.transforms.Transforms#*", "use the ND4J primitives of the handout")));

    private static List<CodeReference> scan(Class<?>... classes) {
        return Stream.of(classes).flatMap(c -> CallScanner.scan(ClassFiles.bytesOf(c)).stream()).toList();
    }

    @Test
    void theMessageNamesClassMethodLineTargetAndReason() {
        List<CallViolation> violations = SOFTMAX_EXERCISE.check(scan(CallsSoftmax.class));
        assertThat(violations).singleElement().satisfies(v -> assertThat(v.message()).isEqualTo(
                "org.dlcourse.kit.bytecode.fixtures.CallsSoftmax.probabilities (line "
                        + FixtureLines.of(CallsSoftmax.class, "softmax") + ") calls"
                        + " org.nd4j.linalg.ops.transforms.Transforms.softmax — " + SOFTMAX_REASON));
    }

    @Test
    void theFirstMatchingRuleIsReported() {
        assertThat(SOFTMAX_EXERCISE.check(scan(ReferencesExp.class))).singleElement()
                .satisfies(v -> assertThat(v.rule().reason()).isEqualTo("use the ND4J primitives of the handout"))
                .satisfies(v -> assertThat(v.message()).contains("ReferencesExp.exponential (line "
                        + FixtureLines.of(ReferencesExp.class, "reference") + ") calls"
                        + " org.nd4j.linalg.ops.transforms.Transforms.exp"));
    }

    @Test
    void aCleanClassHasNoViolations() {
        assertThat(SOFTMAX_EXERCISE.check(scan(Clean.class))).isEmpty();
        assertThat(CallPolicy.of(List.of()).check(scan(CallsSoftmax.class, UsesNn.class))).isEmpty();
    }

    @Test
    void violationsAreOrderedByClassThenLineWhateverTheInputOrder() {
        List<CodeReference> references = new ArrayList<>(scan(UsesNn.class, CallsSoftmax.class, Clean.class,
                ReferencesExp.class));
        List<CallViolation> expected = SOFTMAX_EXERCISE.check(references);
        assertThat(expected).extracting(v -> v.reference().callerClass()).containsExactly(
                CallsSoftmax.class.getName(), ReferencesExp.class.getName(),
                UsesNn.class.getName(), UsesNn.class.getName(), UsesNn.class.getName(), UsesNn.class.getName());
        int methodLine = FixtureLines.of(UsesNn.class, "method");
        int fieldLine = FixtureLines.of(UsesNn.class, "field");
        assertThat(expected.subList(2, 6)).extracting(v -> v.reference().line())
                .containsExactly(methodLine, methodLine, fieldLine, fieldLine);
        // Ties on one line are broken by caller method, kind (methods before fields) and target.
        assertThat(expected.subList(2, 6)).extracting(v -> v.reference().target()).containsExactly(
                "org.nd4j.linalg.factory.Nd4j.nn", "org.nd4j.linalg.factory.ops.NDNN.softmax",
                "org.nd4j.linalg.factory.ops.NDNN.softmax", "org.nd4j.linalg.factory.Nd4j.nn");
        Random shuffler = new Random(11);
        for (int trial = 0; trial < 10; trial++) {
            Collections.shuffle(references, shuffler);
            assertThat(SOFTMAX_EXERCISE.check(references)).isEqualTo(expected);
        }
    }

    @Test
    void repeatedIdenticalReferencesAreReportedOnce() {
        CodeReference call = new CodeReference(METHOD, "s.S", "m", 4, "org.nd4j.linalg.ops.transforms.Transforms",
                "softmax", "()V");
        assertThat(SOFTMAX_EXERCISE.check(List.of(call, call))).hasSize(1);
    }

    @Test
    void fieldAndTypeViolationsSayWhatIsUsed() {
        CallPolicy policy = CallPolicy.of(List.of(new CallRule("org.nd4j.**", "no ND4J here")));
        CodeReference field = new CodeReference(FIELD, "s.S", "m", 4, "org.nd4j.linalg.factory.Nd4j", "nn", "X");
        CodeReference type = CodeReference.type("s.S", "<class>", -1, "org.nd4j.linalg.api.ndarray.INDArray");
        assertThat(policy.check(List.of(field, type))).extracting(CallViolation::message).containsExactly(
                "s.S (class declaration) uses the type org.nd4j.linalg.api.ndarray.INDArray — no ND4J here",
                "s.S.m (line 4) uses the field org.nd4j.linalg.factory.Nd4j.nn — no ND4J here");
    }
}
