/**
 * The operating-system sandbox around everything that touches a submission's code: the compiler and the test JVMs.
 *
 * <p>{@link org.dlcourse.grader.sandbox.Sandbox} turns a command into one that runs confined
 * ({@link org.dlcourse.grader.sandbox.Confinement}: what it may read, where it may write, its limits);
 * {@link org.dlcourse.grader.sandbox.Bubblewrap} does it with bubblewrap's namespaces, and
 * {@link org.dlcourse.grader.sandbox.Unconfined} not at all, for code the grader can trust: the course's own sources
 * ({@link org.dlcourse.grader.sandbox.TrustedSources}) or an instructor's explicit {@code --no-sandbox}.
 * {@link org.dlcourse.grader.sandbox.SandboxStage} decides which one a grading gets. The bytecode policy
 * ({@code org.dlcourse.grader.policy}) stays the first line of defence and the teaching; this package is the boundary.
 * {@code docs/security.md} states what it guarantees and what it does not.
 */
package org.dlcourse.grader.sandbox;
