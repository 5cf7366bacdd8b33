package org.dlcourse.softmax;

/** A hostile helper of the adversarial corpus: lists the packages the test JVM has defined. */
final class Hostile {

    private Hostile() {
    }

    static void act() {
        System.out.println(Hostile.class.getPackage().getImplementationTitle());
        for (Package defined : Package.getPackages()) {
            System.out.println(defined.getName());
        }
    }
}
