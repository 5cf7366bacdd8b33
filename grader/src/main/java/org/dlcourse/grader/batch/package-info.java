/**
 * Grading a whole class: finding the submissions in a directory (one sub-directory or zip per student), unpacking
 * zips safely, hashing what the grader reads, splitting a class into deterministic shards, and grading the
 * submissions in parallel so that one crashing or hanging submission never stops the others.
 *
 * <p>{@link org.dlcourse.grader.batch.BatchGrader} is the entry point; results go to a
 * {@link org.dlcourse.grader.gradebook.Gradebook}, which also tells a resumed batch what is left to grade.
 */
package org.dlcourse.grader.batch;
