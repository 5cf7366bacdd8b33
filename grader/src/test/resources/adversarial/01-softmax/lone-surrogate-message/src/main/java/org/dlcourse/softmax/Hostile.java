package org.dlcourse.softmax;

/** A hostile helper of the adversarial corpus. */
final class Hostile {

    private Hostile() {
    }

    static void act() {
        // A high surrogate without its low half, then a low one alone: no UTF-8 encoder accepts either.
        throw new IllegalStateException("broken \uD83D text \uDE00 end");
    }
}
