/**
 * AssertJ assertions for ND4J tensors: shape, data type, finiteness and element-wise closeness within a
 * named {@link org.dlcourse.kit.assertions.Tolerance}, with failure messages that point at the first
 * offending element by its multi-index.
 *
 * <p>Entry point: {@link org.dlcourse.kit.assertions.TensorAssertions#assertThat(org.nd4j.linalg.api.ndarray.INDArray)}.
 * Values are compared in double whatever the arrays' data type.
 */
package org.dlcourse.kit.assertions;
