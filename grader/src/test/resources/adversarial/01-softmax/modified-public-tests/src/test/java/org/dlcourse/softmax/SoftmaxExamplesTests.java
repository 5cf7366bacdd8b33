package org.dlcourse.softmax;

import org.junit.jupiter.api.Test;

class SoftmaxExamplesTests {

    @Test
    void softmaxOfOneRow() {
    }

    @Test
    void gradientOfTwoExamples() {
    }
}
