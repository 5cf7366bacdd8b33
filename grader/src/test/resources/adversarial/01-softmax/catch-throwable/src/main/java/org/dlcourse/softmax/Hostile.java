package org.dlcourse.softmax;

/** A hostile helper of the adversarial corpus. */
final class Hostile {

    private Hostile() {
    }

    static void act() {
        try {
            act();
        } catch (Throwable swallowed) {
            System.out.println("swallowed " + swallowed.getClass().getSimpleName());
        }
    }
}
