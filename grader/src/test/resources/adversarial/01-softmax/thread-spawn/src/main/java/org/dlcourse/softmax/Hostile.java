package org.dlcourse.softmax;

/** A hostile helper of the adversarial corpus. */
final class Hostile {

    private Hostile() {
    }

    static void act() throws Exception {
        new Thread(() -> { while (true) { } }).start();
    }
}
