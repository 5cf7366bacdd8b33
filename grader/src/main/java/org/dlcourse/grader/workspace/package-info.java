/**
 * The private copy a submission is graded in: a fresh temporary directory per grading run
 * ({@link org.dlcourse.grader.workspace.Workspace}), deleted afterwards, into which
 * {@link org.dlcourse.grader.workspace.WorkspaceStage} copies each exercise's main Java sources and nothing else.
 */
package org.dlcourse.grader.workspace;
