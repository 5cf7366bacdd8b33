package org.dlcourse.kit.bytecode;

import java.util.Objects;

/**
 * A reference that a rule forbids.
 *
 * @param reference the offending reference
 * @param rule the first rule of the policy that forbids it
 */
public record CallViolation(CodeReference reference, CallRule rule) {

    /** Checks that neither component is null. */
    public CallViolation {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(rule, "rule");
    }

    /**
     * One line for the student, e.g. {@code org.dlcourse.softmax.Softmax.softmax (line 42) calls
     * org.nd4j.linalg.ops.transforms.Transforms.softmax — this exercise is to implement softmax yourself, not
     * to call ND4J's}.
     */
    public String message() {
        String verb = switch (reference.kind()) {
            case METHOD -> "calls";
            case FIELD -> "uses the field";
            case TYPE -> "uses the type";
        };
        return reference.caller() + " " + verb + " " + reference.target() + " — " + rule.reason();
    }
}
