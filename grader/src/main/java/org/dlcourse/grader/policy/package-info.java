/**
 * The bytecode policy checked before any student code runs ({@link org.dlcourse.grader.policy.PolicyStage}): the
 * exercise's forbidden calls, the course-wide {@link org.dlcourse.grader.policy.BaseDenylist} (process control,
 * threads and parallel streams, garbage collection, stack traces, reflection, class loading and lookups, native
 * code, files, ND4J's memory-mapped workspaces, executioner and ops by name, network, environment, the grader
 * itself), the {@link org.dlcourse.grader.policy.DeclarationRules} (no finalizers, no ND4J subclasses), the
 * {@link org.dlcourse.grader.policy.CourseAllowlist} (everything else must be on it) and the
 * {@link org.dlcourse.grader.policy.NamespaceRules} (student classes live in the exercise's packages and shadow
 * nothing). Calls are found by the kit's ASM {@link org.dlcourse.kit.bytecode.CallScanner}.
 */
package org.dlcourse.grader.policy;
