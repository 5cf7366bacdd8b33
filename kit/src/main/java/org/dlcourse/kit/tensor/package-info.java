/**
 * Cheap ways around ND4J's fixed per-operation cost on the small arrays of the exercises' training loops: reading a
 * matrix's values into Java ({@link org.dlcourse.kit.tensor.RowMajor}) and y ← y + α·x as one BLAS call
 * ({@link org.dlcourse.kit.tensor.InPlace}). Measured in lecture 02, "Performance": an ND4J operation costs
 * 20–80 µs whatever its size, a BLAS level-1 call or a Java loop over a [64, 10] array a few µs.
 */
package org.dlcourse.kit.tensor;
