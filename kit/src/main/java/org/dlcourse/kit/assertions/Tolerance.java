package org.dlcourse.kit.assertions;

/**
 * How far an actual value may lie from an expected one: an absolute part plus a part relative to the
 * expected magnitude.
 *
 * <p>An actual value {@code a} is close to an expected value {@code e} when
 * {@code |a − e| ≤ absolute + relative·|e|}, the mixed test of {@code numpy.isclose}
 * (NumPy reference, "numpy.isclose"). Three further rules make the test total: equal values are always
 * close, an infinite value is close only to itself (so {@code +∞} is close to {@code +∞} but not to
 * {@code 1e300}), and NaN is never close to anything, not even to NaN, because a NaN in a result is a bug the
 * test should report.
 *
 * @param absolute the allowed absolute deviation; finite and at least 0
 * @param relative the allowed deviation per unit of {@code |expected|}; finite and at least 0
 */
public record Tolerance(double absolute, double relative) {

    /** Validates both parts. */
    public Tolerance {
        requireFiniteNonNegative("absolute", absolute);
        requireFiniteNonNegative("relative", relative);
    }

    /** A purely absolute tolerance: {@code |a − e| ≤ absolute}. */
    public static Tolerance absolute(double absolute) {
        return new Tolerance(absolute, 0.0);
    }

    /** A purely relative tolerance: {@code |a − e| ≤ relative·|e|}. */
    public static Tolerance relative(double relative) {
        return new Tolerance(0.0, relative);
    }

    /** A mixed tolerance: {@code |a − e| ≤ absolute + relative·|e|}. */
    public static Tolerance of(double absolute, double relative) {
        return new Tolerance(absolute, relative);
    }

    /** The largest {@code |a − e|} accepted for the expected value {@code e}: {@code absolute + relative·|e|}. */
    public double allowedDeviation(double expected) {
        return absolute + relative * Math.abs(expected);
    }

    /** Whether {@code actual} is close to {@code expected} under the rules of this class. */
    public boolean accepts(double actual, double expected) {
        if (actual == expected) {
            return true;
        }
        double deviation = Math.abs(actual - expected);
        // An infinite expected value would make the relative bound infinite and accept any finite actual value.
        return Double.isFinite(deviation) && deviation <= allowedDeviation(expected);
    }

    /** The rule in the notation of the class javadoc, for failure messages. */
    @Override
    public String toString() {
        return "|actual − expected| ≤ " + absolute + " + " + relative + "·|expected|";
    }

    private static void requireFiniteNonNegative(String part, double value) {
        if (!(value >= 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(
                    "the " + part + " tolerance must be finite and at least 0, but was " + value);
        }
    }
}
