package org.dlcourse.softmax;

/** A hostile helper of the adversarial corpus. */
final class Hostile {

    private Hostile() {
    }

    static void act() throws Exception {
        org.nd4j.linalg.factory.Nd4j.saveBinary(org.nd4j.linalg.factory.Nd4j.zeros(2), (java.io.File) null);
    }
}
