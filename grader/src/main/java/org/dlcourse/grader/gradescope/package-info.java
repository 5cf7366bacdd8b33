/**
 * Grading as a Gradescope autograder: where Gradescope puts the submission and expects the results
 * ({@link org.dlcourse.grader.gradescope.AutograderDirectory}), the layouts a student may upload
 * ({@link org.dlcourse.grader.gradescope.GradescopeSubmission}), and a run that always leaves a {@code results.json}
 * saying what happened, also when nothing could be graded ({@link org.dlcourse.grader.gradescope.Autograder}).
 *
 * <p>The Gradescope harness itself ({@code setup.sh}, {@code run_autograder} and the zip an instructor uploads) is
 * in {@code grader/ci/gradescope/}; it calls this package through {@code grader gradescope}.
 */
package org.dlcourse.grader.gradescope;
