package org.dlcourse.kit.property;

/**
 * What one run of a property on one sample came to.
 *
 * @param verdict passed, discarded (a failed assumption) or failed
 * @param failure what the run threw when it failed, else null
 */
record Outcome(Verdict verdict, Throwable failure) {

    /** The three ways a run can end. */
    enum Verdict { PASSED, DISCARDED, FAILED }

    static Outcome passed() {
        return new Outcome(Verdict.PASSED, null);
    }

    static Outcome discarded() {
        return new Outcome(Verdict.DISCARDED, null);
    }

    static Outcome failed(Throwable failure) {
        return new Outcome(Verdict.FAILED, failure);
    }

    boolean isFailure() {
        return verdict == Verdict.FAILED;
    }
}
