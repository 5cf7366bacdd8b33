package org.dlcourse.grader.runner;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dlcourse.grader.course.GradedTest;
import org.dlcourse.grader.course.Suite;
import org.dlcourse.kit.grading.Graded;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The graded tests of a test plan: each outermost node that is a test or has a method source.
 *
 * <p>So a plain test method is one graded test, and so is a parameterized test, test factory or repeated test
 * (a container with a method source), whose invocations only exist at execution: it passes only if all pass.
 * A test of another engine without a method source counts on its own. Points, task and hint come from
 * {@link Graded} on the method, else on its class or an enclosing class, else {@link Graded#DEFAULT_POINTS}.
 */
final class GradedUnits {

    private GradedUnits() {
    }

    /** The graded tests of {@code plan}, described, ordered by unique id so that every run lists them alike. */
    static List<GradedTest> of(TestPlan plan, Suite suite) {
        return nodes(plan).stream().map(node -> describe(plan, node, suite)).toList();
    }

    /** The nodes of {@code plan} that are graded tests, ordered by unique id. */
    static List<TestIdentifier> nodes(TestPlan plan) {
        List<TestIdentifier> units = new ArrayList<>();
        for (TestIdentifier root : plan.getRoots()) {
            collect(plan, root, units);
        }
        units.sort(Comparator.comparing(TestIdentifier::getUniqueId));
        return List.copyOf(units);
    }

    private static void collect(TestPlan plan, TestIdentifier node, List<TestIdentifier> units) {
        if (node.isTest() || node.getSource().filter(MethodSource.class::isInstance).isPresent()) {
            units.add(node);
            return;
        }
        for (TestIdentifier child : plan.getChildren(node)) {
            collect(plan, child, units);
        }
    }

    private static GradedTest describe(TestPlan plan, TestIdentifier node, Suite suite) {
        TestSource source = node.getSource().orElse(null);
        String className = "";
        String methodName = "";
        Graded graded = null;
        if (source instanceof MethodSource method) {
            className = method.getClassName();
            methodName = method.getMethodName();
            graded = annotation(method.getJavaMethod()).or(() -> classAnnotation(method.getJavaClass())).orElse(null);
        } else if (source instanceof ClassSource type) {
            className = type.getClassName();
            graded = classAnnotation(type.getJavaClass()).orElse(null);
        }
        int points = graded == null ? Graded.DEFAULT_POINTS : graded.points();
        String task = graded == null ? "" : graded.task();
        String hint = graded == null ? "" : graded.hint();
        return new GradedTest(node.getUniqueId(), suite, className, methodName, name(plan, node), points, task, hint);
    }

    private static Optional<Graded> annotation(AnnotatedElement element) {
        return Optional.ofNullable(element.getAnnotation(Graded.class));
    }

    private static Optional<Graded> classAnnotation(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            Graded graded = c.getAnnotation(Graded.class);
            if (graded != null) {
                return Optional.of(graded);
            }
        }
        return Optional.empty();
    }

    // "SoftmaxExamplesTests > softmaxOfOneRow()": the display names of the enclosing classes, then the test's own.
    private static String name(TestPlan plan, TestIdentifier node) {
        List<String> parts = new ArrayList<>();
        parts.add(node.getDisplayName());
        for (Optional<TestIdentifier> parent = plan.getParent(node); parent.isPresent();
                parent = plan.getParent(parent.get())) {
            if (parent.get().getSource().filter(ClassSource.class::isInstance).isPresent()) {
                parts.add(0, parent.get().getDisplayName());
            }
        }
        return String.join(" > ", parts);
    }
}
