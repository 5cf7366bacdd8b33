package org.dlcourse.softmax;

/** A class of the adversarial corpus that takes a protected name. */
public final class SoftmaxExamplesTests {
}
