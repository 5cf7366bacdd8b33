package org.dlcourse.kit.bytecode;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A forbidden call, field access or type use, and why it is forbidden.
 *
 * <p>Pattern syntax of {@link #call()} (class names in dotted binary form, nested classes with {@code $}):
 * <ul>
 *   <li>{@code pkg.Class#name}: the methods (all overloads) and fields named {@code name} of that class, as
 *       owner of the reference; {@code #<init>} for its constructors;</li>
 *   <li>{@code pkg.Class#*} or {@code pkg.Class}: any method, field or type use of exactly that class;</li>
 *   <li>{@code pkg.*}: any use of a class directly in package {@code pkg} (nested classes included,
 *       sub-packages not);</li>
 *   <li>{@code pkg.**}: any use of a class in {@code pkg} or one of its sub-packages.</li>
 * </ul>
 * A name without wildcard and {@code #} always means a class, so {@code org.nd4j} alone does not cover the
 * package.
 *
 * @param call the pattern
 * @param reason the sentence shown to the student, e.g. "this exercise is to implement softmax yourself, not
 *     to call ND4J's"
 */
public record CallRule(String call, String reason) {

    private static final Map<String, CallPattern> PARSED = new ConcurrentHashMap<>();

    /**
     * Validates the pattern and the reason.
     *
     * @throws IllegalArgumentException if the pattern is malformed or the reason blank
     */
    public CallRule {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(reason, "reason");
        CallPattern.parse(call);
        if (reason.isBlank()) {
            throw new IllegalArgumentException("the rule for '" + call + "' needs a reason to show the student");
        }
    }

    /** Whether this rule forbids {@code reference}. */
    public boolean matches(CodeReference reference) {
        return pattern().matches(reference);
    }

    /**
     * Whether this rule covers {@code reference} with inheritance: {@code java.lang.Throwable#getStackTrace} also
     * covers {@code getStackTrace} called on a {@code RuntimeException} or on a class of the student's extending it.
     */
    public boolean matches(CodeReference reference, TypeHierarchy hierarchy) {
        return pattern().matches(reference, hierarchy);
    }

    /**
     * Whether the rule names {@code className} (as a class, or the class of a member) or a package holding it: an
     * allowlist rule for {@code pkg.Class#method} lets code name {@code pkg.Class} as a type to call it.
     */
    public boolean coversType(String className) {
        return pattern().coversType(className);
    }

    // A policy matches every reference of a submission against every rule: parse each pattern once per JVM.
    private CallPattern pattern() {
        return PARSED.computeIfAbsent(call, CallPattern::parse);
    }
}
