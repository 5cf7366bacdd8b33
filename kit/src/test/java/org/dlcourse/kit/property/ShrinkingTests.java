package org.dlcourse.kit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The runner finds planted bugs and shrinks them to the smallest counterexample. */
class ShrinkingTests {

    /** The values of the {@code name = value} lines of a sample. */
    private static String[] values(String sample) {
        return sample.lines().map(line -> line.substring(line.indexOf(" = ") + 3)).toArray(String[]::new);
    }

    @Test
    void rowSumIgnoringLongRowsShrinksToOneRowOfFourWithALastOne() {
        PropertyFailure failure = FixtureRunner.onlyPropertyFailure(FixtureRunner.run(RowSumIgnoringLongRows.class));

        assertArrayEquals(new String[] {"DOUBLE [1, 4] [[0, 0, 0, 1]]"}, values(failure.shrunkSample()));
        assertThat(failure.shrinkSteps()).isPositive();
        assertThat(failure.originalSample()).isNotEqualTo(failure.shrunkSample());
    }

    @Test
    void rowMaxIgnoringNegativesShrinksToMinusOne() {
        PropertyFailure failure = FixtureRunner.onlyPropertyFailure(FixtureRunner.run(RowMaxIgnoringNegatives.class));

        assertArrayEquals(new String[] {"DOUBLE [1, 1] [[-1]]"}, values(failure.shrunkSample()));
    }

    @Test
    void naiveSoftmaxShrinksToTheSmallestIntegerWhoseExponentialOverflowsOrUnderflows() {
        PropertyFailure failure = FixtureRunner.onlyPropertyFailure(FixtureRunner.run(NaiveSoftmax.class));

        // e^710 = ∞ while e^709 is finite; e^-746 = 0 while e^-745 is the smallest subnormal.
        assertThat(values(failure.shrunkSample())).singleElement()
                .isIn("DOUBLE [1, 1] [[710]]", "DOUBLE [1, 1] [[-746]]");
    }

    @Test
    void twoParametersShrinkToTheCornerOfTheFailingRegion() {
        PropertyFailure failure = FixtureRunner.onlyPropertyFailure(FixtureRunner.run(FailingQuadrant.class));

        assertArrayEquals(new String[] {"11", "-6"}, values(failure.shrunkSample()));
    }

    @Test
    void shrinkingStaysInsideTheGeneratorsRange() {
        PropertyFailure failure = FixtureRunner.onlyPropertyFailure(FixtureRunner.run(AlwaysFailingInRange.class));

        assertArrayEquals(new String[] {"20"}, values(failure.shrunkSample()));
    }

    @Test
    void anExceptionFromAStubIsAFailureAndShrinksToTheSmallestMatrix() {
        PropertyFailure failure = FixtureRunner.onlyPropertyFailure(FixtureRunner.run(UnimplementedStub.class));

        assertThat(failure.getCause()).isInstanceOf(UnsupportedOperationException.class);
        assertEquals(1, failure.tryNumber());
        assertArrayEquals(new String[] {"DOUBLE [1, 1] [[0]]"}, values(failure.shrunkSample()));
    }

    @Test
    void maxShrinkStepsBoundsTheAcceptedSteps() {
        PropertyFailure bounded = FixtureRunner.onlyPropertyFailure(FixtureRunner.run(FailingQuadrantThreeSteps.class));
        PropertyFailure unbounded = FixtureRunner.onlyPropertyFailure(FixtureRunner.run(FailingQuadrant.class));

        assertEquals(3, bounded.shrinkSteps());
        assertThat(unbounded.shrinkSteps()).isGreaterThan(3);
        assertFalse(Arrays.equals(new String[] {"11", "-6"}, values(bounded.shrunkSample())));
    }

    @Test
    void aZeroStepLimitReportsTheSampleAsFound() {
        PropertyFailure failure = FixtureRunner.onlyPropertyFailure(FixtureRunner.run(NoShrinking.class));

        assertEquals(0, failure.shrinkSteps());
        assertEquals(failure.originalSample(), failure.shrunkSample());
    }

    @TestKitOnly
    static class RowSumIgnoringLongRows {

        @Property(tries = 200)
        void rowSumsMatchALoop(@ForAll("matrices") INDArray x) {
            assertArrayEquals(Bugs.rowSums(x), Bugs.rowSumsOfTheFirstThree(x), 1e-9);
        }

        Gen<INDArray> matrices() {
            return Gens.matrices().rows(1, 6).cols(1, 8).values(Gens.doubles(0, 10));
        }
    }

    @TestKitOnly
    static class RowMaxIgnoringNegatives {

        @Property
        void rowMaxIsTheLargestElement(@ForAll("matrices") INDArray x) {
            assertArrayEquals(x.max(1).toDoubleVector(), Bugs.rowMaxStartingAtZero(x), 0);
        }

        Gen<INDArray> matrices() {
            return Gens.matrices().rows(1, 5).cols(1, 5).values(Gens.doubles(-10, 10));
        }
    }

    @TestKitOnly
    static class NaiveSoftmax {

        @Property
        void rowsSumToOne(@ForAll INDArray logits) {
            for (double[] row : Bugs.naiveSoftmax(logits)) {
                assertEquals(1, Arrays.stream(row).sum(), 1e-9);
            }
        }
    }

    @TestKitOnly
    static class FailingQuadrant {

        @Property
        void neverBothLargeAndNegative(@ForAll("as") int a, @ForAll("bs") int b) {
            assertFalse(a > 10 && b < -5);
        }

        Gen<Integer> as() {
            return Gens.ints(-1000, 1000);
        }

        static Gen<Integer> bs() {
            return Gens.ints(-1000, 1000);
        }
    }

    @TestKitOnly
    static class FailingQuadrantThreeSteps extends FailingQuadrant {

        @Override
        @Property(maxShrinkSteps = 3)
        void neverBothLargeAndNegative(@ForAll("as") int a, @ForAll("bs") int b) {
            assertFalse(a > 10 && b < -5);
        }
    }

    @TestKitOnly
    static class NoShrinking extends FailingQuadrant {

        @Override
        @Property(maxShrinkSteps = 0)
        void neverBothLargeAndNegative(@ForAll("as") int a, @ForAll("bs") int b) {
            assertFalse(a > 10 && b < -5);
        }
    }

    @TestKitOnly
    static class AlwaysFailingInRange {

        @Property
        void isBelowTwenty(@ForAll @IntRange(min = 20, max = 100) int n) {
            assertThat(n).isLessThan(20);
        }
    }

    @TestKitOnly
    static class UnimplementedStub {

        @Property
        void stubIsCalled(@ForAll INDArray x) {
            Bugs.notImplemented(x);
        }
    }

    /** Planted bugs, the kind students write. */
    static final class Bugs {

        private Bugs() {
        }

        static double[] rowSums(INDArray x) {
            double[] sums = new double[x.rows()];
            for (int i = 0; i < x.rows(); i++) {
                for (int j = 0; j < x.columns(); j++) {
                    sums[i] += x.getDouble(i, j);
                }
            }
            return sums;
        }

        static double[] rowSumsOfTheFirstThree(INDArray x) {
            double[] sums = new double[x.rows()];
            for (int i = 0; i < x.rows(); i++) {
                for (int j = 0; j < Math.min(3, x.columns()); j++) {
                    sums[i] += x.getDouble(i, j);
                }
            }
            return sums;
        }

        static double[] rowMaxStartingAtZero(INDArray x) {
            double[] maxima = new double[x.rows()];
            for (int i = 0; i < x.rows(); i++) {
                for (int j = 0; j < x.columns(); j++) {
                    maxima[i] = Math.max(maxima[i], x.getDouble(i, j));
                }
            }
            return maxima;
        }

        /** exp(x)/Σexp(x) without subtracting the row maximum: overflows above 709, underflows below −745. */
        static double[][] naiveSoftmax(INDArray x) {
            double[][] probabilities = new double[x.rows()][x.columns()];
            for (int i = 0; i < x.rows(); i++) {
                double total = 0;
                for (int j = 0; j < x.columns(); j++) {
                    probabilities[i][j] = Math.exp(x.getDouble(i, j));
                    total += probabilities[i][j];
                }
                for (int j = 0; j < x.columns(); j++) {
                    probabilities[i][j] /= total;
                }
            }
            return probabilities;
        }

        static void notImplemented(INDArray x) {
            throw new UnsupportedOperationException("not implemented yet, called with " + x.length() + " elements");
        }
    }
}
