/**
 * The grading pipeline: small stages run in a fixed order on the exercises of a submission, each stage on every
 * exercise before the next ({@link org.dlcourse.grader.pipeline.GradingPipeline}), each working on the
 * exercise's {@link org.dlcourse.grader.pipeline.ExerciseRun}. The grader's order is declared in
 * {@link org.dlcourse.grader.Grader#pipeline(java.util.List)}. A stage that fails an exercise stops only that
 * exercise; the others are graded as usual.
 */
package org.dlcourse.grader.pipeline;
