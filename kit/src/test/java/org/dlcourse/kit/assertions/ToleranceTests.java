package org.dlcourse.kit.assertions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.dlcourse.kit.random.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ToleranceTests {

    @ParameterizedTest
    @ValueSource(doubles = {-1e-12, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsNegativeOrNonFiniteParts(double bad) {
        assertThatThrownBy(() -> Tolerance.absolute(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absolute");
        assertThatThrownBy(() -> Tolerance.relative(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("relative");
        assertThatThrownBy(() -> Tolerance.of(1e-9, bad)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void factoriesSetTheNamedPartAndZeroTheOther() {
        assertThat(Tolerance.absolute(1e-9)).isEqualTo(new Tolerance(1e-9, 0.0));
        assertThat(Tolerance.relative(1e-7)).isEqualTo(new Tolerance(0.0, 1e-7));
        assertThat(Tolerance.of(1e-9, 1e-7)).isEqualTo(new Tolerance(1e-9, 1e-7));
    }

    @Test
    void theBoundIsInclusiveAndAbsolutePlusRelativeTimesExpected() {
        // Dyadic values so that the bound 0.5 + 0.25·|2| = 1 is computed exactly.
        Tolerance tolerance = Tolerance.of(0.5, 0.25);
        assertThat(tolerance.accepts(3.0, 2.0)).isTrue();
        assertThat(tolerance.accepts(1.0, 2.0)).isTrue();
        assertThat(tolerance.accepts(Math.nextUp(3.0), 2.0)).isFalse();
        assertThat(tolerance.accepts(-3.0, -2.0)).isTrue();
        assertThat(tolerance.accepts(-3.5, -2.0)).isFalse();
    }

    @Test
    void relativePartScalesWithTheExpectedMagnitudeOnRandomValues() {
        SplittableRandom random = Seeds.random("ToleranceTests.relative");
        Tolerance tolerance = Tolerance.relative(1e-6);
        for (int trial = 0; trial < 1000; trial++) {
            double expected = random.nextDouble(-1e6, 1e6);
            double inside = expected * (1 + random.nextDouble(-0.99e-6, 0.99e-6));
            double outside = expected * (1 + (random.nextBoolean() ? 1.01e-6 : -1.01e-6));
            assertThat(tolerance.accepts(inside, expected)).as("%s vs %s", inside, expected).isTrue();
            assertThat(tolerance.accepts(outside, expected)).as("%s vs %s", outside, expected).isFalse();
        }
    }

    @Test
    void nanIsNeverCloseButEqualInfinitiesAre() {
        Tolerance generous = Tolerance.of(1.0, 1.0);
        assertThat(generous.accepts(Double.NaN, Double.NaN)).isFalse();
        assertThat(generous.accepts(Double.NaN, 0.0)).isFalse();
        assertThat(generous.accepts(0.0, Double.NaN)).isFalse();
        assertThat(generous.accepts(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY)).isTrue();
        assertThat(generous.accepts(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)).isFalse();
        assertThat(generous.accepts(1e300, Double.POSITIVE_INFINITY)).isFalse();
    }

    @Test
    void zeroToleranceMeansExactEquality() {
        Tolerance exact = Tolerance.of(0.0, 0.0);
        assertThat(exact.accepts(0.1 + 0.2, 0.3)).isFalse();
        assertThat(exact.accepts(0.25, 0.25)).isTrue();
    }
}
