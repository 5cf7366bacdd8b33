package org.dlcourse.kit.property;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Uniform angles θ ∈ [0, 2π) in radians, i.e. Haar-random elements of the rotation group SO(2), with the
 * quarter turns 0, π/2, π, 3π/2 as edge cases (they are exactly the C4 subgroup, where a network built for C4
 * must be exactly equivariant). A value shrinks to the quarter turns below it, then to its half; quarter turns
 * are simpler than other angles and smaller angles simpler than larger ones.
 */
final class AngleGen implements Gen<Double> {

    private static final double QUARTER_TURN = Math.PI / 2;
    private static final double FULL_TURN = 2 * Math.PI;

    /** Bounded {@code nextDouble} guarantees a result strictly below 2π. */
    @Override
    public Double sample(SplittableRandom random) {
        return random.nextDouble(0, FULL_TURN);
    }

    @Override
    public List<Double> edgeCases() {
        return quarterTurnsBelow(FULL_TURN).boxed().toList();
    }

    @Override
    public Stream<Double> shrink(Double angle) {
        Stream<Double> quarterTurns = quarterTurnsBelow(angle).boxed();
        return isQuarterTurn(angle) ? quarterTurns : Stream.concat(quarterTurns, Stream.of(angle / 2));
    }

    private static DoubleStream quarterTurnsBelow(double angle) {
        return IntStream.range(0, 4).mapToDouble(k -> k * QUARTER_TURN).filter(turn -> turn < angle);
    }

    private static boolean isQuarterTurn(double angle) {
        return quarterTurnsBelow(FULL_TURN).anyMatch(turn -> turn == angle);
    }
}
