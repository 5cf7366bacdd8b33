package org.dlcourse.kit.property;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Uniform longs in [min, max], edge cases 0, ±1 and the bounds, shrinking toward the value of the range closest
 * to 0 (the target). Every candidate is strictly closer to the target, so shrinking ends.
 */
final class LongGen implements Gen<Long> {

    private final long min;
    private final long max;
    private final long target;

    LongGen(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("need min <= max, got [" + min + ", " + max + "]");
        }
        this.min = min;
        this.max = max;
        this.target = Math.min(Math.max(0L, min), max);
    }

    /** Shifts the bounds when max is Long.MAX_VALUE, because nextLong's bound is exclusive. */
    @Override
    public Long sample(SplittableRandom random) {
        if (max < Long.MAX_VALUE) {
            return random.nextLong(min, max + 1);
        }
        if (min > Long.MIN_VALUE) {
            return random.nextLong(min - 1, max) + 1;
        }
        return random.nextLong();
    }

    /** 0, 1, −1, min, max: each once and only if inside [min, max]. */
    @Override
    public List<Long> edgeCases() {
        return LongStream.of(0, 1, -1, min, max).filter(v -> v >= min && v <= max).distinct().boxed().toList();
    }

    /**
     * v − d for d = v − target, then d halved (rounded toward 0) until 0: the target, the midpoint, and ever closer
     * to v down to one step, so that the first failing candidate bisects toward the boundary of the failure
     * (QuickCheck's {@code shrinkIntegral}). No overflow: the target is 0 or the bound nearest to 0, so every
     * candidate lies between the target and v.
     */
    @Override
    public Stream<Long> shrink(Long value) {
        long v = value;
        return LongStream.iterate(v - target, distance -> distance != 0, distance -> distance / 2)
                .mapToObj(distance -> v - distance);
    }
}
