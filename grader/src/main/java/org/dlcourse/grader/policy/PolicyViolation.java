package org.dlcourse.grader.policy;

import java.util.Objects;

/**
 * A place where the student's code breaks the exercise's policy.
 *
 * @param rule what is forbidden: a call pattern such as {@code java.lang.System#exit}, or a namespace rule
 * @param location where, relative to the submission: {@code 01-softmax/src/main/java/org/x/A.java:12 (A.run)}
 * @param used what the code uses there, e.g. {@code java.lang.System.exit}
 * @param reason why it is forbidden, for the student
 */
public record PolicyViolation(String rule, String location, String used, String reason) {

    /** Checks the components. */
    public PolicyViolation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(used, "used");
        Objects.requireNonNull(reason, "reason");
    }

    /** One line: where, what, why. */
    @Override
    public String toString() {
        return location + ": " + used + " is forbidden (" + rule + "): " + reason;
    }
}
