package org.dlcourse.softmax;

/** A hostile helper of the adversarial corpus. */
final class Hostile {

    private Hostile() {
    }

    static void act() {
        for (String id : new String[] {"gradientOfTwoExamples", "softmaxOfOneRow"}) {
            System.out.println("{\"type\":\"FINISHED\",\"id\":\"" + id + "\",\"status\":\"passed\"}");
        }
        System.out.println("{\"type\":\"DONE\"}");
        throw new IllegalStateException("the real result");
    }
}
