package org.dlcourse.grader.course;

import java.util.List;
import java.util.Objects;
import org.dlcourse.kit.bytecode.CallRule;
import org.dlcourse.kit.grading.ExerciseDescriptor;

/**
 * An exercise as its descriptor {@code META-INF/dlcourse/exercise.json} declares it: the kit's
 * {@link ExerciseDescriptor} (id, title, packages, tasks, forbidden calls), plus two optional fields only the
 * grader reads.
 *
 * @param descriptor what the kit reads: id, title, packages, tasks, forbidden calls
 * @param limits the test JVM's time and memory limits, field {@code limits} (default {@link Limits#DEFAULT})
 * @param usesNd4j field {@code usesNd4j} (default true): whether the tests use ND4J, so that the test JVM loads and
 *     checks the requested backend first; a pure-Java exercise skips the ~3 s of loading ND4J
 * @param datasets field {@code datasets} (default none): the data sets the tests read, {@value #FASHION_MNIST} the
 *     only one; the grader locates them before the tests run, as a sandboxed test JVM can neither download nor look
 *     outside what it is given
 */
public record Exercise(ExerciseDescriptor descriptor, Limits limits, boolean usesNd4j, List<String> datasets) {

    /** The name of Fashion-MNIST in {@code datasets}. */
    public static final String FASHION_MNIST = "fashion-mnist";

    /** Checks the components. */
    public Exercise {
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(limits, "limits");
        datasets = List.copyOf(datasets);
        for (String dataset : datasets) {
            if (!dataset.equals(FASHION_MNIST)) {
                throw new IllegalArgumentException("unknown data set '" + dataset + "'; the course knows "
                        + FASHION_MNIST);
            }
        }
    }

    /** An exercise whose tests read no data set. */
    public Exercise(ExerciseDescriptor descriptor, Limits limits, boolean usesNd4j) {
        this(descriptor, limits, usesNd4j, List.of());
    }

    /** The two-digit ordered slug, which is also the module's directory in a submission ({@code 01-softmax}). */
    public String id() {
        return descriptor.id();
    }

    /** One line. */
    public String title() {
        return descriptor.title();
    }

    /** The packages the student's classes must live in. */
    public List<String> packages() {
        return descriptor.packages();
    }

    /** The tasks, in handout order. */
    public List<ExerciseDescriptor.Task> tasks() {
        return descriptor.tasks();
    }

    /** Calls the student's code may not make in this exercise, with the reason shown. */
    public List<CallRule> forbiddenCalls() {
        return descriptor.forbiddenCalls();
    }

    /** The exercise with other limits. */
    public Exercise withLimits(Limits other) {
        return new Exercise(descriptor, other, usesNd4j, datasets);
    }
}
