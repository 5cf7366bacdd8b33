/**
 * Finds what compiled classes refer to, and which of those references a policy forbids: the check behind
 * "implement softmax yourself, do not call ND4J's".
 *
 * <p>{@link org.dlcourse.kit.bytecode.CallScanner} lists the method, field and type references of a class
 * file (with ASM, so method references and lambdas are seen through their {@code invokedynamic} handles);
 * {@link org.dlcourse.kit.bytecode.CallPolicy} matches them against {@link org.dlcourse.kit.bytecode.CallRule}s
 * and reports {@link org.dlcourse.kit.bytecode.CallViolation}s, seeing through inheritance when given a
 * {@link org.dlcourse.kit.bytecode.TypeHierarchy} (a rule on {@code Throwable#getStackTrace} also covers it on a
 * {@code RuntimeException}). Hidden tests scan a student class loaded in
 * their own JVM ({@link org.dlcourse.kit.bytecode.ClassFiles#bytesOf(Class)}); the grader's policy stage scans
 * a whole output directory ({@link org.dlcourse.kit.bytecode.ClassFiles#readAll(java.nio.file.Path)}).
 */
package org.dlcourse.kit.bytecode;
