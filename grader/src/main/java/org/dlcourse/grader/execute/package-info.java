/**
 * Runs the exercises' tests in forked, limited JVMs and turns their events into outcomes
 * ({@link org.dlcourse.grader.execute.ExecuteStage}): one JVM for all exercises with alike memory limits
 * ({@link org.dlcourse.grader.execute.JvmSettings}), each exercise's tests and classes in a class loader of their own,
 * and JVMs of an exercise's own after anything abnormal ({@link org.dlcourse.grader.execute.ExerciseExecution}).
 *
 * <p>Each JVM ({@link org.dlcourse.grader.execute.TestJvm}) gets a heap cap, JavaCPP off-heap caps, a scrubbed
 * environment ({@link org.dlcourse.grader.execute.JvmEnvironment}), a private working directory and capped output
 * capture ({@link org.dlcourse.grader.execute.CappedOutput}). The grader follows the JVM's events
 * ({@link org.dlcourse.grader.execute.TestLedger}); a test that exceeds its budget is killed with the JVM's whole
 * process tree and marked {@code timeout}, a JVM that dies marks the running test {@code error}, and a fresh JVM
 * resumes with the tests that have not run.
 */
package org.dlcourse.grader.execute;
