package org.dlcourse.softmax;

/** A hostile helper of the adversarial corpus. */
final class Hostile {

    private Hostile() {
    }

    static void act() throws Exception {
        try (java.io.FileWriter out = new java.io.FileWriter("pwned.txt")) {
            out.write("x");
        }
    }
}
