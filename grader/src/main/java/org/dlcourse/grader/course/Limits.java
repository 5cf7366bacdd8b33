package org.dlcourse.grader.course;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;

/**
 * Resource limits of an exercise's test JVM; each is optional in {@code exercise.json} and defaults to the value
 * of {@link #DEFAULT}.
 *
 * @param testSeconds wall-clock budget of one graded test, from its start to its end, after which the JVM is
 *     killed and the test marked {@code timeout}
 * @param exerciseSeconds wall-clock budget of the whole exercise, JVM starts included
 * @param heapMegabytes the Java heap ({@code -Xmx})
 * @param offHeapMegabytes memory ND4J may allocate outside the heap (JavaCPP's {@code maxbytes})
 */
public record Limits(int testSeconds, int exerciseSeconds, int heapMegabytes, int offHeapMegabytes) {

    /**
     * A minute per test: exercise 01's slowest properties (central differences over 30 generated batches) take
     * ~18 s on 2 cores, and a slower machine must not turn them into timeouts. Ten minutes per exercise: its 31
     * tests take ~70 s, and a few JVM restarts after timeouts must fit. One GiB of heap and two off-heap fit several
     * graders side by side on a 24 GiB machine.
     */
    public static final Limits DEFAULT = new Limits(60, 600, 1024, 2048);

    /** Checks that every limit is positive. */
    public Limits {
        if (testSeconds <= 0 || exerciseSeconds <= 0 || heapMegabytes <= 0 || offHeapMegabytes <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + testSeconds + " s per test, "
                    + exerciseSeconds + " s per exercise, " + heapMegabytes + " MiB heap, "
                    + offHeapMegabytes + " MiB off-heap");
        }
    }

    /** Reads the limits of {@code exercise.json}, taking {@link #DEFAULT}'s for those it leaves out. */
    @JsonCreator
    static Limits fromJson(@JsonProperty("testSeconds") Integer testSeconds,
                           @JsonProperty("exerciseSeconds") Integer exerciseSeconds,
                           @JsonProperty("heapMegabytes") Integer heapMegabytes,
                           @JsonProperty("offHeapMegabytes") Integer offHeapMegabytes) {
        return new Limits(
                testSeconds == null ? DEFAULT.testSeconds : testSeconds,
                exerciseSeconds == null ? DEFAULT.exerciseSeconds : exerciseSeconds,
                heapMegabytes == null ? DEFAULT.heapMegabytes : heapMegabytes,
                offHeapMegabytes == null ? DEFAULT.offHeapMegabytes : offHeapMegabytes);
    }

    /** The budget of one test. */
    public Duration testBudget() {
        return Duration.ofSeconds(testSeconds);
    }

    /** The budget of the whole exercise. */
    public Duration exerciseBudget() {
        return Duration.ofSeconds(exerciseSeconds);
    }

    /** These limits with other time budgets, as a grading request may ask for. */
    public Limits withBudgets(Duration test, Duration exercise) {
        return new Limits((int) test.toSeconds(), (int) exercise.toSeconds(), heapMegabytes, offHeapMegabytes);
    }
}
