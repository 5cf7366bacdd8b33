/**
 * The bytecode policy checked before any student code runs ({@link org.dlcourse.grader.policy.PolicyStage}): the
 * exercise's forbidden calls, the course-wide {@link org.dlcourse.grader.policy.BaseDenylist} (process control,
 * threads, reflection, class loading, native code, files, network, environment, the grader itself) and the
 * {@link org.dlcourse.grader.policy.NamespaceRules} (student classes live in the exercise's packages and shadow
 * nothing). Calls are found by the kit's ASM {@link org.dlcourse.kit.bytecode.CallScanner}.
 */
package org.dlcourse.grader.policy;
