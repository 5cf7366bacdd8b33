/**
 * Where points are counted: each graded test's {@link org.dlcourse.grader.scoring.TestOutcome} (all or nothing:
 * a passed test earns its declared points, anything else none), each exercise's
 * {@link org.dlcourse.grader.scoring.ExerciseResult} and the {@link org.dlcourse.grader.scoring.ScoreStage} that
 * assembles it. The maximum always comes from the planned tests, so it is known even when nothing ran. The
 * {@link org.dlcourse.grader.scoring.Classification} of a failure (not started, not finite) is read here too, so
 * that every report and the gradebook's statistics tell "not started" from "failed".
 */
package org.dlcourse.grader.scoring;
