package org.dlcourse.grader.runner;

/** A class of the adversarial corpus that takes a protected name. */
public final class ForkedTestRunner {
}
