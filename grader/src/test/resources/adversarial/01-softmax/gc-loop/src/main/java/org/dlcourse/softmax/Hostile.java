package org.dlcourse.softmax;

/** A hostile helper of the adversarial corpus: stalls every test sharing the JVM. */
final class Hostile {

    private Hostile() {
    }

    static void act() {
        for (int i = 0; i < 1_000; i++) {
            System.gc();
        }
    }
}
