package org.dlcourse.softmax;

/** A hostile helper of the adversarial corpus: work that starts after the test has ended. */
final class Hostile {

    private static long sink;

    private Hostile() {
    }

    static void act() {
        new Hostile();
    }

    @Override
    protected void finalize() {
        for (long i = 0; i < Long.MAX_VALUE; i++) {
            sink += i;
        }
    }
}
