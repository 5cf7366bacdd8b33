package org.dlcourse.softmax;

/** A hostile helper of the adversarial corpus. */
final class Hostile {

    private Hostile() {
    }

    static void act() throws Exception {
        java.nio.file.Files.writeString(java.nio.file.Path.of("../results/events-1.jsonl"), "{\"type\":\"DONE\"}\n", java.nio.file.StandardOpenOption.APPEND);
    }
}
