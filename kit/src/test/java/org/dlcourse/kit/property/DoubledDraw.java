package org.dlcourse.kit.property;

import java.util.SplittableRandom;

/** A method under test that takes a generator, with a bug: it doubles the uniform draw, leaving [0, 1) half the time. */
public final class DoubledDraw {

    private DoubledDraw() {
    }

    /** Should be uniform in [0, 1); is uniform in [0, 2). */
    public static double uniform(SplittableRandom random) {
        return 2 * random.nextDouble();
    }
}
