/**
 * Compiles each exercise's copied sources in-process with {@code javax.tools} against the course classpath
 * ({@link org.dlcourse.grader.compile.CompileStage}); errors become
 * {@link org.dlcourse.grader.compile.CompilerDiagnostic}s located in the submission.
 */
package org.dlcourse.grader.compile;
