package org.dlcourse.grader.policy;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where student classes may live: in the exercise's declared packages (or below them), never in a namespace of
 * the platform, the course or its tests, and never under the name of a course test class, which would shadow it.
 */
final class NamespaceRules {

    /** Namespaces whose classes the test JVM trusts: the JDK, the course, the test framework, ND4J. */
    static final List<String> PROTECTED = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.",
            "org.dlcourse.kit.", "org.dlcourse.grader.", "org.junit.", "org.opentest4j.", "org.apiguardian.",
            "org.nd4j.", "org.bytedeco.", "org.assertj.", "com.fasterxml.");

    private final List<String> packages;
    private final Set<String> courseClasses;

    /**
     * Rules for an exercise.
     *
     * @param packages the exercise's declared packages
     * @param courseClasses the binary names of the course's test classes for the exercise
     */
    NamespaceRules(List<String> packages, Set<String> courseClasses) {
        this.packages = List.copyOf(packages);
        this.courseClasses = Set.copyOf(courseClasses);
    }

    /** Why {@code className} may not be a student class, or empty if it may. */
    Optional<String> check(String className) {
        for (String namespace : PROTECTED) {
            if (className.startsWith(namespace)) {
                return Optional.of("student classes must not shadow " + namespace + "* classes");
            }
        }
        if (courseClasses.contains(className)) {
            return Optional.of("a student class must not have the name of a course test class");
        }
        int dot = className.lastIndexOf('.');
        String classPackage = dot < 0 ? "" : className.substring(0, dot);
        boolean declared = packages.stream()
                .anyMatch(declaredPackage -> classPackage.equals(declaredPackage)
                        || classPackage.startsWith(declaredPackage + "."));
        if (!declared) {
            return Optional.of("student classes must live in the exercise's packages: " + String.join(", ", packages));
        }
        return Optional.empty();
    }
}
