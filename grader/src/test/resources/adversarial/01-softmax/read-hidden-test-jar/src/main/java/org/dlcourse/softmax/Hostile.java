package org.dlcourse.softmax;

/** A hostile helper of the adversarial corpus. */
final class Hostile {

    private Hostile() {
    }

    static void act() throws Exception {
        java.nio.file.Files.readAllBytes(java.nio.file.Path.of("../../../course/exercises/01-softmax/hidden-tests.jar"));
    }
}
