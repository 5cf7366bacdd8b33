package org.dlcourse.softmax;

/** A hostile helper of the adversarial corpus. */
final class Hostile {

    private Hostile() {
    }

    private static final boolean READY = fail();

    private static boolean fail() {
        throw new IllegalStateException("static initializer failed on purpose");
    }

    static void act() {
        System.out.println(READY);
    }
}
