package org.dlcourse.kit.bytecode;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An ordered list of {@link CallRule}s that decides which code references are violations.
 *
 * <p>Used by hidden tests on one student class and by the grader's policy stage on a whole submission:
 * <pre>{@code
 * CallPolicy policy = CallPolicy.of(List.of(new CallRule("org.nd4j.linalg.ops.transforms.Transforms#softmax",
 *         "this exercise is to implement softmax yourself, not to call ND4J's")));
 * List<CallViolation> violations = policy.check(CallScanner.scan(ClassFiles.bytesOf(Softmax.class)));
 * }</pre>
 */
public final class CallPolicy {

    // Class, then line, then the remaining components so that the order never depends on the input's order.
    private static final Comparator<CodeReference> SOURCE_ORDER = Comparator
            .comparing(CodeReference::callerClass)
            .thenComparingInt(CodeReference::line)
            .thenComparing(CodeReference::callerMethod)
            .thenComparing(CodeReference::kind)
            .thenComparing(CodeReference::owner)
            .thenComparing(CodeReference::name)
            .thenComparing(CodeReference::descriptor);

    private final List<CallRule> rules;

    private CallPolicy(List<CallRule> rules) {
        this.rules = rules;
    }

    /** A policy of {@code rules}; when several match a reference, the first one is reported. */
    public static CallPolicy of(List<CallRule> rules) {
        return new CallPolicy(List.copyOf(rules));
    }

    /** The rules, in order. */
    public List<CallRule> rules() {
        return rules;
    }

    /**
     * The violations among {@code references}, ordered by caller class, then line (class-level references, line
     * −1, first). A reference that occurs several times (two calls on one line) is reported once.
     */
    public List<CallViolation> check(Collection<CodeReference> references) {
        return check(references, TypeHierarchy.NONE);
    }

    /**
     * The violations among {@code references}, as {@link #check(Collection)}, with each rule also covering what the
     * owners inherit according to {@code hierarchy} (see {@link CallRule#matches(CodeReference, TypeHierarchy)}).
     */
    public List<CallViolation> check(Collection<CodeReference> references, TypeHierarchy hierarchy) {
        return references.stream()
                .distinct()
                .sorted(SOURCE_ORDER)
                .flatMap(reference -> firstMatch(reference, hierarchy).stream()
                        .map(rule -> new CallViolation(reference, rule)))
                .toList();
    }

    private Optional<CallRule> firstMatch(CodeReference reference, TypeHierarchy hierarchy) {
        return rules.stream().filter(rule -> rule.matches(reference, hierarchy)).findFirst();
    }
}
