package org.dlcourse.softmax;

/** A student test among the main sources. */
public final class SoftmaxSelfTests {

    @org.junit.jupiter.api.Test
    public void alwaysPasses() {
    }
}
