package org.dlcourse.kit.assertions;

import java.util.Locale;

/**
 * The NaN and infinite elements of a tensor, summarised for a failure message, and the words that classify such a
 * failure for the grader's report: a message that starts with {@link #RESULT} says the code under test returned a
 * non-finite value, one with {@link #REFERENCE} that a test compared with a non-finite expected value.
 *
 * @param total how many elements there are
 * @param count how many are NaN or infinite
 * @param first flat row-major index of the first of them, or −1
 * @param value the first of them, or 0 if there is none
 * @param hasNaN whether any of them is NaN
 */
record NonFinite(int total, int count, long first, double value, boolean hasNaN) {

    /** The start of a message about a non-finite result of the code under test. */
    static final String RESULT = "Non-finite result: ";

    /** The start of a message about a non-finite expected value. */
    static final String REFERENCE = "Non-finite reference: ";

    /** ln(Double.MAX_VALUE): exp of anything larger is ∞. */
    private static final double EXP_OVERFLOW = Math.log(Double.MAX_VALUE);

    /** ln(Double.MIN_VALUE / 2): exp of anything smaller rounds to 0, and log of that 0 is −∞. */
    private static final double EXP_UNDERFLOW = Math.log(Double.MIN_VALUE) - Math.log(2);

    /** Summarises {@code values}. */
    static NonFinite in(double[] values) {
        int count = 0;
        long first = -1;
        boolean hasNaN = false;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                count++;
                first = first < 0 ? i : first;
                hasNaN |= Double.isNaN(values[i]);
            }
        }
        return new NonFinite(values.length, count, first, first < 0 ? 0.0 : values[(int) first], hasNaN);
    }

    /**
     * What an input row's extremes do to {@code exp}: {@code its largest logit is 710: exp overflows above 709.78},
     * or that it underflows (naming both limits: a row that underflows entirely gives 0/0 for the same reason one
     * that overflows gives ∞/∞), or its largest and smallest values when neither happens.
     */
    static String explainRow(double[] row, String element) {
        double largest = Double.NEGATIVE_INFINITY;
        double smallest = Double.POSITIVE_INFINITY;
        for (double value : row) {
            largest = Math.max(largest, value);
            smallest = Math.min(smallest, value);
        }
        if (largest > EXP_OVERFLOW) {
            return "its largest " + element + " is " + number(largest) + ": exp overflows above "
                    + String.format(Locale.ROOT, "%.2f", EXP_OVERFLOW);
        }
        if (smallest < EXP_UNDERFLOW) {
            return "its smallest " + element + " is " + number(smallest) + ": exp underflows to 0 below "
                    + String.format(Locale.ROOT, "%.2f", EXP_UNDERFLOW) + " (and overflows above "
                    + String.format(Locale.ROOT, "%.2f", EXP_OVERFLOW) + ")";
        }
        return "its " + element + "s lie in [" + number(smallest) + ", " + number(largest)
                + "], where exp neither overflows nor underflows";
    }

    // 710 rather than 710.0: the counterexample shows integers the same way.
    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
