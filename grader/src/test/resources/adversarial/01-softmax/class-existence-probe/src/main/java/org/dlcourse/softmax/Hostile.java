package org.dlcourse.softmax;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** A hostile helper of the adversarial corpus: asks whether a hidden test class exists. */
final class Hostile {

    private Hostile() {
    }

    static void act() {
        try {
            ResourceBundle.getBundle("org.dlcourse.softmax.SoftmaxHiddenTests");
        } catch (ClassCastException exists) {
            throw new IllegalStateException("SoftmaxHiddenTests exists");
        } catch (MissingResourceException absent) {
            throw new IllegalStateException("no such class");
        }
    }
}
