package org.dlcourse.kit.bytecode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dlcourse.kit.bytecode.ReferenceKind.FIELD;
import static org.dlcourse.kit.bytecode.ReferenceKind.METHOD;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CallRuleTests {

    private static final String REASON = "implement it yourself";

    private static boolean matches(String pattern, CodeReference reference) {
        return new CallRule(pattern, REASON).matches(reference);
    }

    private static CodeReference method(String owner, String name) {
        return new CodeReference(METHOD, "student.Softmax", "softmax", 7, owner, name, "()V");
    }

    @ParameterizedTest(name = "{0} vs {1}#{2}: {3}")
    @CsvSource({
        // pattern,                                              owner,                                     member,     matches
        "org.nd4j.linalg.ops.transforms.Transforms#softmax,      org.nd4j.linalg.ops.transforms.Transforms, softmax,    true",
        "org.nd4j.linalg.ops.transforms.Transforms#softmax,      org.nd4j.linalg.ops.transforms.Transforms, exp,        false",
        "org.nd4j.linalg.ops.transforms.Transforms#softmax,      org.nd4j.linalg.ops.transforms.Other,      softmax,    false",
        "org.nd4j.linalg.ops.transforms.Transforms#*,            org.nd4j.linalg.ops.transforms.Transforms, exp,        true",
        "org.nd4j.linalg.ops.transforms.Transforms,              org.nd4j.linalg.ops.transforms.Transforms, exp,        true",
        "org.nd4j.linalg.ops.transforms.Transforms,              org.nd4j.linalg.ops.transforms.TransformsX, exp,       false",
        "org.nd4j.linalg.ops.transforms.*,                       org.nd4j.linalg.ops.transforms.Transforms, exp,        true",
        "org.nd4j.linalg.ops.*,                                  org.nd4j.linalg.ops.transforms.Transforms, exp,        false",
        "org.nd4j.linalg.ops.**,                                 org.nd4j.linalg.ops.transforms.Transforms, exp,        true",
        "org.nd4j.linalg.ops.**,                                 org.nd4j.linalg.ops.Ops,                   run,        true",
        "org.nd4j.linalg.ops.**,                                 org.nd4j.linalg.opsx.Ops,                  run,        false",
        "org.nd4j.linalg.ops.*,                                  org.nd4j.linalg.opsx.Ops,                  run,        false",
        "org.nd4j.linalg.factory.*,                              org.nd4j.linalg.factory.Nd4jBackend$NoAvailableBackendException, '<init>', true",
        "org.nd4j.linalg.factory.Nd4j#nn,                        org.nd4j.linalg.factory.Nd4j,              nn,         true",
        "org.nd4j.linalg.factory.Nd4j#<init>,                    org.nd4j.linalg.factory.Nd4j,              '<init>',   true",
        "org.nd4j,                                               org.nd4j.linalg.factory.Nd4j,              nn,         false",
    })
    void patternsCoverExactlyWhatTheyDocument(String pattern, String owner, String member, boolean expected) {
        assertThat(matches(pattern, method(owner, member))).isEqualTo(expected);
    }

    @Test
    void memberPatternsCoverFieldsButNotTypeUses() {
        CodeReference field = new CodeReference(FIELD, "s.S", "m", 3, "org.nd4j.linalg.factory.Nd4j", "nn",
                "Lorg/nd4j/linalg/factory/ops/NDNN;");
        CodeReference type = CodeReference.type("s.S", "m", 3, "org.nd4j.linalg.factory.Nd4j");
        assertThat(matches("org.nd4j.linalg.factory.Nd4j#nn", field)).isTrue();
        assertThat(matches("org.nd4j.linalg.factory.Nd4j#nn", type)).isFalse();
        assertThat(matches("org.nd4j.linalg.factory.Nd4j", type)).isTrue();
        assertThat(matches("org.nd4j.linalg.factory.Nd4j#*", type)).isTrue();
        assertThat(matches("org.nd4j.**", type)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "*", "**", ".*", "org.nd4j.", ".org.nd4j", "org..nd4j", "org.*.Transforms",
        "org.nd4j.*#softmax", "org.nd4j.**.Nd4j", "Transforms#", "#softmax", "a.B#c#d", "a.B#so ftmax", "a.B#1x",
        "org nd4j", "org.nd4j.***", "a.B#<cinit>"})
    void malformedPatternsAreRejectedWithTheAcceptedForms(String pattern) {
        assertThatThrownBy(() -> new CallRule(pattern, REASON))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + pattern + "'")
                .hasMessageContaining("pkg.Class#method, pkg.Class#*, pkg.Class, pkg.* or pkg.**");
    }

    @Test
    void aRuleNeedsAReason() {
        assertThatThrownBy(() -> new CallRule("a.B", " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> new CallRule(null, REASON)).isInstanceOf(NullPointerException.class);
    }
}
