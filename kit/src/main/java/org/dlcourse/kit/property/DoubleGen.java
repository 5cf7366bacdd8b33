package org.dlcourse.kit.property;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;

/**
 * Uniform doubles in [min, max], with the classic numerical edge cases first and shrinking toward 0 and round numbers.
 *
 * <p>Shrinking orders doubles by (granularity, distance to the target), where the target is the value of the
 * range closest to 0 and the granularity is 0 for integers, 1 for other multiples of ½ and 2 for the rest:
 * an integer is simpler than any fraction (so −0.3 shrinks to −1 when 0 passes), and among values of one
 * granularity the one closer to the target is simpler. Every candidate is strictly simpler, so shrinking ends.
 */
final class DoubleGen implements Gen<Double> {

    /** A magnitude far below the tolerances of double arithmetic, where divisions and logarithms misbehave. */
    static final double TINY = 1e-12;
    /** Large enough that exp overflows (e^1000 = ∞), the classic stress value for softmax and log-sum-exp. */
    static final double LARGE = 1000;

    private final double min;
    private final double max;
    private final double target;

    DoubleGen(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            throw new IllegalArgumentException("need finite min <= max, got [" + min + ", " + max + "]");
        }
        this.min = min;
        this.max = max;
        this.target = Math.min(Math.max(0.0, min), max);
    }

    /** Interpolates as (1 − u)·min + u·max, which cannot overflow even for max − min > Double.MAX_VALUE. */
    @Override
    public Double sample(SplittableRandom random) {
        double u = random.nextDouble();
        return clamp((1 - u) * min + u * max);
    }

    /** 0, 1, −1, a tiny value, min, max, 1000, −1000: each once and only if inside [min, max]. */
    @Override
    public List<Double> edgeCases() {
        double tiny = contains(TINY) ? TINY : -TINY;
        return DoubleStream.of(0, 1, -1, tiny, min, max, LARGE, -LARGE)
                .filter(this::contains)
                .map(value -> value + 0.0)
                .boxed()
                .collect(LinkedHashSet<Double>::new, LinkedHashSet::add, LinkedHashSet::addAll)
                .stream()
                .toList();
    }

    /**
     * The target; v rounded to an integer (toward the target, then away) and to a half; then values between the
     * target and v: for an integer or a half, v − d for d = (v − target)/2, /4, ... on v's grid, down to one grid
     * step (as {@link LongGen#shrink} does), for other values the midpoint. Only candidates that are simpler and
     * inside the range are kept.
     */
    @Override
    public Stream<Double> shrink(Double value) {
        double v = value;
        DoubleStream rounded = DoubleStream.of(target,
                roundTowardTarget(v, 1), roundAwayFromTarget(v, 1),
                roundTowardTarget(v, 0.5), roundAwayFromTarget(v, 0.5));
        DoubleStream between;
        if (granularity(v) == 2) {
            between = DoubleStream.of(target + (v - target) / 2);
        } else {
            double grid = granularity(v) == 0 ? 1 : 0.5;
            between = DoubleStream.iterate(towardZero((v - target) / 2, grid), distance -> distance != 0,
                    distance -> towardZero(distance / 2, grid)).map(distance -> v - distance);
        }
        return DoubleStream.concat(rounded, between)
                .map(candidate -> candidate + 0.0)
                .filter(candidate -> contains(candidate) && isSimpler(candidate, v))
                .distinct()
                .boxed();
    }

    /** {@code value} rounded toward 0 to a multiple of {@code grid}. */
    private static double towardZero(double value, double grid) {
        return (value < 0 ? Math.ceil(value / grid) : Math.floor(value / grid)) * grid;
    }

    private boolean isSimpler(double candidate, double value) {
        int byGranularity = Integer.compare(granularity(candidate), granularity(value));
        return byGranularity < 0
                || byGranularity == 0 && Math.abs(candidate - target) < Math.abs(value - target);
    }

    /** 0 for integers, 1 for odd multiples of ½, 2 for every other double. */
    static int granularity(double value) {
        if (value == Math.rint(value)) {
            return 0;
        }
        return 2 * value == Math.rint(2 * value) ? 1 : 2;
    }

    private double roundTowardTarget(double value, double step) {
        return value > target ? Math.floor(value / step) * step : Math.ceil(value / step) * step;
    }

    private double roundAwayFromTarget(double value, double step) {
        return value > target ? Math.ceil(value / step) * step : Math.floor(value / step) * step;
    }

    private boolean contains(double value) {
        return value >= min && value <= max;
    }

    private double clamp(double value) {
        return Math.min(Math.max(value, min), max);
    }
}
