package org.dlcourse.kit.property;

import java.util.List;

/**
 * What one run of a property on one sample came to.
 *
 * @param verdict passed, discarded (a failed assumption) or failed
 * @param failure what the run threw when it failed, else null
 * @param inputs  the inputs of the method under test the run recorded ({@link Counterexample#input}), in call
 *                order; empty unless it failed
 */
record Outcome(Verdict verdict, Throwable failure, List<Counterexample.RecordedInput> inputs) {

    /** The three ways a run can end. */
    enum Verdict { PASSED, DISCARDED, FAILED }

    Outcome {
        inputs = List.copyOf(inputs);
    }

    static Outcome passed() {
        return new Outcome(Verdict.PASSED, null, List.of());
    }

    static Outcome discarded() {
        return new Outcome(Verdict.DISCARDED, null, List.of());
    }

    static Outcome failed(Throwable failure) {
        return failed(failure, List.of());
    }

    static Outcome failed(Throwable failure, List<Counterexample.RecordedInput> inputs) {
        return new Outcome(Verdict.FAILED, failure, inputs);
    }

    boolean isFailure() {
        return verdict == Verdict.FAILED;
    }
}
