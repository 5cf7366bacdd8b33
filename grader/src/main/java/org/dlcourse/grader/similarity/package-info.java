/**
 * The similarity check of a class: per exercise, which pairs of students handed in unusually similar code, with the
 * regions that match, as found by JPlag.
 *
 * <p>JPlag is licensed under GPL-3.0, the grader under Apache-2.0, so the grader never loads it: {@link
 * org.dlcourse.grader.similarity.JPlagInstallation} finds or fetches its jars, {@link
 * org.dlcourse.grader.similarity.JPlagRun} runs it in a JVM of its own and reads the JSON it writes, and {@link
 * org.dlcourse.grader.similarity.SimilarityCheck} is the entry point.
 */
package org.dlcourse.grader.similarity;
