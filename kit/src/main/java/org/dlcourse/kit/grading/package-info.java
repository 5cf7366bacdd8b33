/**
 * What graded tests declare about themselves (points, task and hint, {@link org.dlcourse.kit.grading.Graded})
 * and what an exercise declares ({@link org.dlcourse.kit.grading.ExerciseDescriptor}).
 * The grader reads both; nothing here runs tests.
 */
package org.dlcourse.kit.grading;
