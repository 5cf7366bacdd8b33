/**
 * What belongs to a term rather than to a grading: the term secret that gives each student their own property
 * seeds ({@link org.dlcourse.grader.term.TermSecret}), and the term file
 * ({@link org.dlcourse.grader.term.TermFile}, read by {@link org.dlcourse.grader.term.TermFileReader}) with each
 * exercise's deadline, the students' extensions and the {@link org.dlcourse.grader.term.LatePolicy} that turns a
 * submission's {@link org.dlcourse.grader.term.Lateness} into an adjusted score.
 */
package org.dlcourse.grader.term;
