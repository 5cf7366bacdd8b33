/**
 * What belongs to a term rather than to a grading: the term secret that gives each student their own property
 * seeds ({@link org.dlcourse.grader.term.TermSecret}).
 */
package org.dlcourse.grader.term;
