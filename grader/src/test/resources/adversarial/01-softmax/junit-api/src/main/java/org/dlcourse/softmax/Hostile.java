package org.dlcourse.softmax;

/** A hostile helper of the adversarial corpus. */
final class Hostile {

    private Hostile() {
    }

    static void act() throws Exception {
        org.junit.jupiter.api.Assertions.assertTrue(true);
    }
}
