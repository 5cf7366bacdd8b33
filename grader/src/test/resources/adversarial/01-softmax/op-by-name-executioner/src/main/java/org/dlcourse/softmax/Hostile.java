package org.dlcourse.softmax;

import org.nd4j.linalg.factory.Nd4j;

/** A hostile helper of the adversarial corpus: reads the native op table through the executioner's internals. */
final class Hostile {

    private Hostile() {
    }

    static void act() {
        if (Nd4j.getExecutioner().getCustomOperations().containsKey("softmax")) {
            System.out.println("softmax can be run by name");
        }
    }
}
