package org.dlcourse.biasvariance;

import static org.assertj.core.api.Assertions.assertThat;

/** Equality of two Monte-Carlo estimates, field by field and bit for bit. */
final class Estimates {

    private Estimates() {
    }

    static void assertIdentical(String what, MonteCarloEstimate actual, MonteCarloEstimate expected) {
        assertThat(actual.degree()).as("%s: degree", what).isEqualTo(expected.degree());
        assertThat(actual.trainingSize()).as("%s: training-set size", what).isEqualTo(expected.trainingSize());
        assertThat(actual.repetitions()).as("%s: repetitions", what).isEqualTo(expected.repetitions());
        assertThat(actual.trainingError()).as("%s: training error", what).isEqualTo(expected.trainingError());
        Decomposition a = actual.decomposition();
        Decomposition e = expected.decomposition();
        assertThat(a.bias2()).as("%s: bias²", what).containsExactly(e.bias2());
        assertThat(a.variance()).as("%s: variance", what).containsExactly(e.variance());
        assertThat(a.testError()).as("%s: test error", what).containsExactly(e.testError());
        assertThat(a.noise()).as("%s: noise", what).isEqualTo(e.noise());
    }
}
