/**
 * The student handout: a standalone repository with the exercises (generated stubs and public tests), the kit,
 * the lectures with their figures, a student README and POM and the Maven wrapper, and nothing an instructor
 * keeps back (solutions, hidden tests, solution regions), which {@link org.dlcourse.grader.release.ReleaseAudit}
 * proves on every release. A self-study handout, for learners without an instructor, also holds the hidden tests,
 * compiled, and never their sources.
 */
package org.dlcourse.grader.release;
