/**
 * What is graded: the course bundle ({@link org.dlcourse.grader.course.Course}), each exercise's descriptor
 * ({@link org.dlcourse.grader.course.Exercise}, read from {@code META-INF/dlcourse/exercise.json} of its hidden
 * tests) and its instructor artifacts ({@link org.dlcourse.grader.course.ExerciseBundle}), and the graded tests
 * planned for it ({@link org.dlcourse.grader.course.GradedTest}, found by
 * {@link org.dlcourse.grader.course.TestDiscovery} without any student code).
 */
package org.dlcourse.grader.course;
