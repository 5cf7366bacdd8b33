package org.dlcourse.kit.grading;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points, task and hint of a graded test, declared next to the test they belong to.
 *
 * <p>On a method it grades that test; on a class it is the default for every test method of the class
 * that has no annotation of its own. A test the grader runs without any {@code @Graded} (for example
 * from another JUnit Platform engine an instructor added) is worth {@link #DEFAULT_POINTS}.
 *
 * <p>Scoring is all-or-nothing per test: a passed test earns {@link #points()}, anything else earns 0.
 * Partial credit is expressed by splitting a law into several graded tests.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Graded {

    /** Points of a test that carries no {@code @Graded} at all. */
    int DEFAULT_POINTS = 1;

    /** Points earned when the test passes; at least 0. */
    int points();

    /** The exercise task the test grades, as named in the exercise descriptor (e.g. {@code "softmax"}). */
    String task() default "";

    /** Shown to the student when the test fails: what to look at, never the expected values. */
    String hint() default "";
}
