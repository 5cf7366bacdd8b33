package org.dlcourse.softmax;

import java.util.List;
import java.util.stream.LongStream;

/** A hostile helper of the adversarial corpus: work on the common pool that outlives the test. */
final class Hostile {

    private Hostile() {
    }

    static void act() {
        List.of(1, 2, 3).parallelStream().forEach(ignored -> LongStream.range(0, Long.MAX_VALUE).parallel().sum());
    }
}
