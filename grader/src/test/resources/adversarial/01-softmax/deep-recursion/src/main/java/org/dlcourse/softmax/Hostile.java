package org.dlcourse.softmax;

/** A hostile helper of the adversarial corpus. */
final class Hostile {

    private Hostile() {
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    static void act() {
        recurse(0);
    }
}
