/**
 * The student handout: a standalone repository with the exercises (generated stubs and public tests), the kit,
 * the lectures with their figures, a student README and POM and the Maven wrapper, and nothing an instructor
 * keeps back (solutions, hidden tests, solution regions), which {@link org.dlcourse.grader.release.ReleaseAudit}
 * proves on every release.
 */
package org.dlcourse.grader.release;
