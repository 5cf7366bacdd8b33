package org.dlcourse.softmax;

/** A hostile helper of the adversarial corpus. */
final class Hostile {

    private Hostile() {
    }

    static void act() {
        long spins = 0;
        while (spins >= 0) {
            spins = spins + 1 - 1;
        }
    }
}
