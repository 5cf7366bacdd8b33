/**
 * The grader as a library: {@link org.dlcourse.grader.Grader} grades a {@link org.dlcourse.grader.GradeRequest}
 * against a {@link org.dlcourse.grader.course.Course} and returns a {@link org.dlcourse.grader.report.Report}.
 *
 * <p>The rooms below say where each step happens: {@code course} (what is graded: descriptors, test bundles,
 * planned tests), {@code pipeline} (the ordered stages), {@code workspace}, {@code compile}, {@code policy},
 * {@code execute} (the forked JVM, seen from the grader), {@code runner} (the forked JVM, seen from inside),
 * {@code scoring}, {@code report}, {@code stubs} (handouts generated from solutions) and {@code cli}, the thin
 * picocli layer that is one consumer of this library.
 */
package org.dlcourse.grader;
