package org.dlcourse.grader.execute;

/** How a test JVM's work on one exercise ended. */
enum Ending {
    /** Every test of the exercise reported, and the runner said so. */
    COMPLETED,
    /** The JVM could not load the requested ND4J backend. */
    BACKEND_UNAVAILABLE,
    /** A test overran its budget; the JVM was killed. */
    TEST_TIMEOUT,
    /** The exercise's budget ran out; the JVM was killed. */
    EXERCISE_TIMEOUT,
    /** The JVM ended before the exercise's tests had all reported. */
    DIED,
    /** The results file was written to by someone other than the runner; the JVM was killed. */
    TAMPERED
}
