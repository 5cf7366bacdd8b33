package org.dlcourse.kit.assertions;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.LongFunction;
import org.assertj.core.api.AbstractAssert;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Assertions on an ND4J tensor: shape, data type, finiteness and element-wise closeness.
 *
 * <p>Values are read as double whatever the tensor's data type, so a FLOAT result is compared with the
 * precision it actually has and the tolerance decides whether that is enough. Element positions in
 * failure messages are multi-indices in the tensor's shape, e.g. {@code [1, 2]}.
 */
public final class TensorAssert extends AbstractAssert<TensorAssert, INDArray> {

    /** Starts an assertion on {@code actual}; prefer {@link TensorAssertions#assertThat(INDArray)}. */
    public TensorAssert(INDArray actual) {
        super(actual, TensorAssert.class);
    }

    /** Verifies that the tensor has exactly this shape (a scalar has the empty shape). */
    public TensorAssert hasShape(long... shape) {
        isNotNull();
        if (!Arrays.equals(actual.shape(), shape)) {
            failWithMessage("%s", "Expecting a tensor of shape " + Arrays.toString(shape)
                    + " but its shape was " + Arrays.toString(actual.shape()));
        }
        return this;
    }

    /** Verifies the tensor's data type, e.g. that a solution kept DOUBLE precision. */
    public TensorAssert hasDataType(DataType dataType) {
        isNotNull();
        if (actual.dataType() != dataType) {
            failWithMessage("%s", "Expecting a tensor of data type " + dataType
                    + " but its data type was " + actual.dataType());
        }
        return this;
    }

    /** Verifies that no element is NaN or infinite; the failure names the first such element and how many there are. */
    public TensorAssert isAllFinite() {
        isNotNull();
        NonFinite nonFinite = NonFinite.in(Tensors.toDoubleArray(actual));
        if (nonFinite.count() > 0) {
            failWithMessage("%s", NonFinite.RESULT + "expecting all " + nonFinite.total()
                    + " elements of a tensor of shape " + Arrays.toString(actual.shape()) + " to be finite, but "
                    + nonFinite.count() + " are not; the first is " + nonFinite.value() + " at "
                    + MultiIndex.format(nonFinite.first(), actual.shape()));
        }
        return this;
    }

    /**
     * Verifies that no element is NaN or infinite, where the tensor is what {@code operation} returned for the
     * matrix {@code input} row by row (its rows are examples, each a row of {@code element}s); the failure names
     * the first non-finite value, its row, and that input row's largest and smallest {@code element}, with what
     * {@code exp} makes of them: it overflows to ∞ above ln(Double.MAX_VALUE) ≈ 709.78 and underflows to 0 below
     * ≈ −745.13, e.g. {@code softmax returned NaN in row 0; its largest logit is 710: exp overflows above 709.78}.
     */
    public TensorAssert isAllFiniteFor(String operation, INDArray input, String element) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(element, "element");
        isNotNull();
        NonFinite nonFinite = NonFinite.in(Tensors.toDoubleArray(actual));
        if (nonFinite.count() == 0) {
            return this;
        }
        long[] at = MultiIndex.of(nonFinite.first(), actual.shape());
        StringBuilder message = new StringBuilder(NonFinite.RESULT).append(operation).append(" returned ")
                .append(nonFinite.value());
        if (at.length >= 1 && input.rank() == 2 && at[0] < input.rows()) {
            double[] row = Tensors.toDoubleMatrix(input)[(int) at[0]];
            message.append(" in row ").append(at[0]).append(" (at ").append(MultiIndex.format(nonFinite.first(),
                    actual.shape())).append("; ").append(nonFinite.count()).append(" of ").append(nonFinite.total())
                    .append(" elements are not finite); ").append(NonFinite.explainRow(row, element));
        } else {
            message.append(" at ").append(MultiIndex.format(nonFinite.first(), actual.shape())).append(" (")
                    .append(nonFinite.count()).append(" of ").append(nonFinite.total())
                    .append(" elements are not finite)");
        }
        failWithMessage("%s", message.toString());
        return this;
    }

    /**
     * Verifies that the tensor has the shape of {@code expected} and every element is close to the expected
     * element under {@code tolerance} (NaN is never close, see {@link Tolerance}).
     *
     * <p>A shape mismatch is reported on its own; otherwise the failure names the first element out of
     * tolerance with both values and their {@code |diff|}, the largest {@code |diff|} and where it is, and how
     * many elements are out of tolerance, after a first line naming a NaN or infinity in the tensor if it holds
     * one. An expected tensor that holds NaN is no answer to show a student: it is rejected with an
     * {@link IllegalArgumentException} whose message starts {@code Non-finite reference:} (a test whose expected
     * tensor comes from the code under test checks that for finiteness first, see {@link #isAllFiniteFor}).
     */
    public TensorAssert isCloseTo(INDArray expected, Tolerance tolerance) {
        Objects.requireNonNull(expected, "expected");
        return isCloseTo(expected.shape(), Tensors.toDoubleArray(expected), tolerance);
    }

    /** Verifies that the tensor is a matrix close to {@code expected} (rectangular, given row by row); see {@link #isCloseTo(INDArray, Tolerance)}. */
    public TensorAssert isCloseTo(double[][] expected, Tolerance tolerance) {
        Objects.requireNonNull(expected, "expected");
        int columns = expected.length == 0 ? 0 : expected[0].length;
        double[] flat = new double[expected.length * columns];
        for (int r = 0; r < expected.length; r++) {
            if (expected[r].length != columns) {
                throw new IllegalArgumentException("the expected matrix is ragged: row 0 has " + columns
                        + " columns but row " + r + " has " + expected[r].length);
            }
            System.arraycopy(expected[r], 0, flat, r * columns, columns);
        }
        return isCloseTo(new long[] {expected.length, columns}, flat, tolerance);
    }

    /** Verifies that the tensor is a vector (rank 1) close to {@code expected}; see {@link #isCloseTo(INDArray, Tolerance)}. */
    public TensorAssert isCloseTo(double[] expected, Tolerance tolerance) {
        Objects.requireNonNull(expected, "expected");
        return isCloseTo(new long[] {expected.length}, expected, tolerance);
    }

    /**
     * Verifies that the tensor is a matrix each of whose rows sums to {@code expected} under {@code tolerance},
     * e.g. that softmax rows are probability distributions: {@code Σ_j p_ij = 1}.
     */
    public TensorAssert hasRowSums(double expected, Tolerance tolerance) {
        Objects.requireNonNull(tolerance, "tolerance");
        isNotNull();
        if (actual.rank() != 2) {
            failWithMessage("%s", "Expecting a matrix (rank 2) to check its row sums, but its shape was "
                    + Arrays.toString(actual.shape()));
        }
        double[][] rows = Tensors.toDoubleMatrix(actual);
        double[] sums = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            for (double value : rows[r]) {
                sums[r] += value;
            }
        }
        double[] expectedSums = new double[rows.length];
        Arrays.fill(expectedSums, expected);
        Deviations deviations = Deviations.between(sums, expectedSums, tolerance);
        if (deviations.outside() > 0) {
            long first = deviations.firstOutside();
            failWithMessage("%s", "Expecting every row of a matrix of shape " + Arrays.toString(actual.shape())
                    + " to sum to " + expected + " within " + tolerance + ", but " + deviations.outside() + " of "
                    + rows.length + " rows do not:"
                    + "\n  first: row " + first + " sums to " + sums[(int) first]
                    + ", |diff| " + Math.abs(sums[(int) first] - expected)
                    + "\n  " + largestLine(deviations, row -> "row " + row));
        }
        return this;
    }

    private TensorAssert isCloseTo(long[] expectedShape, double[] expected, Tolerance tolerance) {
        Objects.requireNonNull(tolerance, "tolerance");
        isNotNull();
        long[] shape = actual.shape();
        if (!Arrays.equals(shape, expectedShape)) {
            failWithMessage("%s", "Expecting a tensor of shape " + Arrays.toString(shape)
                    + " to be close to an expected tensor of shape " + Arrays.toString(expectedShape)
                    + ", but the shapes differ");
        }
        NonFinite reference = NonFinite.in(expected);
        if (reference.hasNaN()) {
            throw new IllegalArgumentException(NonFinite.REFERENCE + "the expected tensor of shape "
                    + Arrays.toString(expectedShape) + " holds " + reference.count() + " non-finite of "
                    + reference.total() + " elements, the first " + reference.value() + " at "
                    + MultiIndex.format(reference.first(), expectedShape) + ". A closeness check needs a finite"
                    + " expected tensor: if the test computed it with the code under test, that code returned a"
                    + " non-finite value; otherwise the test itself is wrong.");
        }
        double[] values = Tensors.toDoubleArray(actual);
        Deviations deviations = Deviations.between(values, expected, tolerance);
        if (deviations.outside() > 0) {
            int first = (int) deviations.firstOutside();
            NonFinite nonFinite = NonFinite.in(values);
            String classification = nonFinite.count() == 0 ? "" : NonFinite.RESULT + "the tensor holds "
                    + nonFinite.value() + " at " + MultiIndex.format(nonFinite.first(), shape) + " ("
                    + nonFinite.count() + " of " + values.length + " elements are not finite) where a finite value"
                    + " was expected\n";
            failWithMessage("%s", classification + "Expecting a tensor of shape " + Arrays.toString(shape)
                    + " to be close to the expected one within " + tolerance + ", but " + deviations.outside()
                    + " of " + values.length + " elements are not:"
                    + "\n  first at " + MultiIndex.format(first, shape) + ": actual " + values[first]
                    + ", expected " + expected[first] + ", |diff| " + Math.abs(values[first] - expected[first])
                    + "\n  " + largestLine(deviations, index -> MultiIndex.format(index, shape)));
        }
        return this;
    }

    private static String largestLine(Deviations deviations, LongFunction<String> position) {
        if (deviations.largestAt() < 0) {
            return "largest |diff|: none, every difference is NaN";
        }
        return "largest |diff| " + deviations.largest() + " at " + position.apply(deviations.largestAt());
    }
}
