package org.dlcourse.softmax;

/** A hostile helper of the adversarial corpus. */
final class Hostile {

    private Hostile() {
    }

    static void act() throws Exception {
        java.util.concurrent.Executors.newFixedThreadPool(4).submit(() -> 1);
    }
}
