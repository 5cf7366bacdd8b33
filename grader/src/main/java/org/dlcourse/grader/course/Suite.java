package org.dlcourse.grader.course;

/** Which of an exercise's two test suites a graded test belongs to. */
public enum Suite {
    /** The tests handed out with the exercise, which {@code grader check} runs. */
    PUBLIC,
    /** The instructor's tests, run only when grading. */
    HIDDEN
}
