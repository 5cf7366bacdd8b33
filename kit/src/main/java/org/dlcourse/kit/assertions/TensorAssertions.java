package org.dlcourse.kit.assertions;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Entry point for assertions on ND4J tensors.
 *
 * <p>Import statically next to AssertJ's {@code Assertions.assertThat}; overload resolution picks this one
 * for an {@link INDArray}:
 * <pre>{@code
 * assertThat(softmax(logits)).hasShape(4, 3).isAllFinite().hasRowSums(1.0, Tolerance.absolute(1e-12));
 * }</pre>
 */
public final class TensorAssertions {

    private TensorAssertions() {
    }

    /** Starts an assertion on {@code actual}. */
    public static TensorAssert assertThat(INDArray actual) {
        return new TensorAssert(actual);
    }
}
