package org.dlcourse.softmax;

/** A hostile helper of the adversarial corpus. */
final class Hostile {

    private Hostile() {
    }

    static void act() throws Exception {
        java.lang.reflect.Field f = Softmax.class.getDeclaredField("x");
        f.setAccessible(true);
    }
}
