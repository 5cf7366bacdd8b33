package org.dlcourse.kit.assertions;

/**
 * The elements of an actual tensor that lie outside a tolerance of the expected one, summarised for a
 * failure message.
 *
 * @param outside how many elements are not close
 * @param firstOutside flat row-major index of the first element that is not close, or −1 if all are
 * @param largest the largest {@code |actual − expected|} over elements where it is not NaN, or NaN if there is none
 * @param largestAt flat index of {@link #largest}, or −1
 */
record Deviations(int outside, long firstOutside, double largest, long largestAt) {

    /** Compares {@code actual[i]} with {@code expected[i]} for every i; both arrays have the same length. */
    static Deviations between(double[] actual, double[] expected, Tolerance tolerance) {
        int outside = 0;
        long firstOutside = -1;
        double largest = Double.NaN;
        long largestAt = -1;
        for (int i = 0; i < actual.length; i++) {
            if (!tolerance.accepts(actual[i], expected[i])) {
                outside++;
                if (firstOutside < 0) {
                    firstOutside = i;
                }
            }
            double deviation = Math.abs(actual[i] - expected[i]);
            // Equal infinities give ∞ − ∞ = NaN although they are equal; they deviate by nothing.
            if (actual[i] == expected[i]) {
                deviation = 0.0;
            }
            if (!Double.isNaN(deviation) && (largestAt < 0 || deviation > largest)) {
                largest = deviation;
                largestAt = i;
            }
        }
        return new Deviations(outside, firstOutside, largest, largestAt);
    }
}
