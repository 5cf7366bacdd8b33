/**
 * The handout generated from the solutions: {@link org.dlcourse.grader.stubs.StubGenerator} turns one solution
 * source into its stub, {@link org.dlcourse.grader.stubs.StubTree} maps {@code solutions/<id>/src/main/java} onto
 * {@code exercises/<id>/src/main/java}, writing the stubs or checking that they are current.
 */
package org.dlcourse.grader.stubs;
