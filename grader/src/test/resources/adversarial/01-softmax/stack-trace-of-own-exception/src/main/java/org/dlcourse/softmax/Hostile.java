package org.dlcourse.softmax;

/** A hostile helper of the adversarial corpus: the same leak through an exception class of its own. */
final class Hostile extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private Hostile() {
    }

    static void act() {
        Hostile probe = new Hostile();
        probe.printStackTrace(System.out);
        System.out.println(probe.getStackTrace().length);
    }
}
