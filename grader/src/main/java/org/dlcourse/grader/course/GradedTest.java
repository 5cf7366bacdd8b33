package org.dlcourse.grader.course;

import java.util.Objects;

/**
 * One graded unit of an exercise, planned before any student code runs: a test method (a parameterized test,
 * test factory or property counts once, passing only if all its invocations pass) or a test of another engine.
 *
 * @param id the JUnit Platform unique id, which identifies the test across JVMs
 * @param suite public or hidden
 * @param className the test class, empty when the engine reports none
 * @param methodName the test method, empty when the engine reports none
 * @param name the display name shown to the student, {@code Class display name > test display name}
 * @param points what a pass earns, from {@code @Graded} on the method, else on the class, else
 *     {@code Graded.DEFAULT_POINTS}
 * @param task the task graded, empty if not declared
 * @param hint shown when the test does not pass, empty if not declared
 */
public record GradedTest(String id, Suite suite, String className, String methodName, String name, int points,
                         String task, String hint) {

    /** Checks the components; points are never negative. */
    public GradedTest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(methodName, "methodName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(hint, "hint");
        if (points < 0) {
            throw new IllegalArgumentException("a test cannot be worth negative points: " + id + " " + points);
        }
    }

    /** Whether the platform node {@code nodeId} is this test or one of its dynamic invocations. */
    public boolean covers(String nodeId) {
        return nodeId.equals(id) || nodeId.startsWith(id + "/");
    }

    /** Whether this test lies under the container {@code containerId}. */
    public boolean isUnder(String containerId) {
        return id.startsWith(containerId + "/");
    }
}
