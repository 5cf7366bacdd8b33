package org.dlcourse.softmax;

/** A hostile helper of the adversarial corpus. */
final class Hostile {

    private Hostile() {
    }

    static void act() {
        String line = "x".repeat(1023);
        for (int i = 0; i < 100 * 1024; i++) {
            System.out.println(line);
        }
    }
}
