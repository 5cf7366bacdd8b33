package org.dlcourse.sgd;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dlcourse.kit.property.Gen;

/**
 * Generated loss curves of every kind {@link LossCurveDiagnosis} tells apart, each drawn with random parameters
 * (length, starting loss, rates, noise) that keep it clear of every threshold, so any implementation of the stated
 * rules, windows and all, gives the intended label.
 *
 * <p>A curve is a shape f(s) on the normalized time s = k/(T − 1), k = 0..T−1, T in [5, 120], times a starting
 * loss L₀ in [0.3, 5], times bounded noise (1 + σu) with u uniform in [−1, 1] and σ in [0, 0.003]. With the
 * saturating decay g_r(s) = (1 − e^{−rs})/(1 − e^{−r}) (g₀(s) = s) the shapes are, for training t and validation v:
 * <ul>
 *   <li>healthy: t = 1 − D·g_r, D ∈ [0.4, 0.95], r ∈ [8, 40] (levelled off: the second half brings ≤ 6% of the
 *       decrease, against the threshold 25%); v alike from a start up to 20% higher, with a smaller decrease;</li>
 *   <li>learning rate too low: t = 1 − D·g_r, D ∈ [0.1, 0.6], r ∈ [0, 0.5] (nearly straight: the second half brings
 *       ≥ 35% of the decrease); v alike;</li>
 *   <li>not learning: t = 1 + δs, |δ| ≤ 0.005 (a change of ≤ 1.1% with noise, against 2%); v alike;</li>
 *   <li>overfitting: t healthy or too slow; v falls to its minimum at an entry k* with s* ∈ [0.2, 0.6], then rises
 *       as 1 + R·((s − s*)/(1 − s*))^p, R ∈ [0.3, 2], p ∈ [1, 2] (the last window ≥ 16% above the minimum, against
 *       10%);</li>
 *   <li>exploding: t = e^{rs}, r ∈ [0.5, 6] (the last entry ≥ e^{0.5} ≈ 1.65 times the first, against 1.1);</li>
 *   <li>rising steadily, as gradient ascent does: t = 1 + a·s, a ∈ [0.3, 3] (the last entry ≥ 1.3 times the
 *       first);</li>
 *   <li>blowing up after progress: healthy down to an entry k* with s* ∈ [0.2, 0.6], then ×e^{r(s − s*)/(1 − s*)},
 *       r ∈ [1.5, 6] (the last entry ≥ e^{1.5} ≈ 4.5 times the minimum);</li>
 *   <li>spiking: healthy, with one entry k multiplied by 1 + h, h ∈ [0.4, 1], where the healthy curve has
 *       levelled off to a fall of at most 10% per entry (so the spike stands ≥ 26% above the smallest loss
 *       before it; the last entry always qualifies).</li>
 * </ul>
 * Noise moves an entry by at most 0.3%, any ratio of two entries by at most 0.6%, far inside every margin above
 * (the margins quoted include it). The thresholds themselves are justified in lecture 02, §4.
 */
final class Curves {

    /** The kinds of generated runs. */
    enum Kind {
        HEALTHY, TOO_SLOW, FLAT, OVERFITTING, EXPLODING, RISING, BLOW_UP, SPIKE
    }

    /** A generated run: its kind, length, level, shape parameters and noise. */
    record Curve(Kind kind, int length, double level, double[] shape, double noise, long noiseSeed) {

        LossHistory history() {
            SplittableRandom random = new SplittableRandom(noiseSeed);
            double[] train = new double[length];
            double[] validation = new double[length];
            for (int k = 0; k < length; k++) {
                double s = (double) k / (length - 1);
                double spike = kind == Kind.SPIKE && k == (int) shape[4] ? 1 + shape[5] : 1;
                train[k] = level * trainShape(s) * spike * (1 + noise * (2 * random.nextDouble() - 1));
                validation[k] = level * validationShape(k, s) * (1 + noise * (2 * random.nextDouble() - 1));
            }
            return new LossHistory(train, validation);
        }

        private double trainShape(double s) {
            return switch (kind) {
                case HEALTHY, TOO_SLOW, OVERFITTING, SPIKE -> 1 - shape[0] * decay(s, shape[1]);
                case FLAT -> 1 + shape[0] * s;
                case EXPLODING -> Math.exp(shape[0] * s);
                case RISING -> 1 + shape[0] * s;
                case BLOW_UP -> {
                    double turn = shape[2] / (length - 1);
                    double down = 1 - shape[0] * decay(Math.min(s, turn), shape[1]);
                    yield s <= turn ? down : down * Math.exp(shape[3] * (s - turn) / (1 - turn));
                }
            };
        }

        private double validationShape(int k, double s) {
            return switch (kind) {
                case HEALTHY, TOO_SLOW, SPIKE -> (1 + shape[2]) * (1 - shape[3] * decay(s, shape[1]));
                case FLAT -> 1 + shape[1] * s;
                case OVERFITTING -> {
                    double turn = shape[2] / (length - 1);
                    double minimum = 1 - shape[0] * decay(turn, shape[1]);
                    yield k <= shape[2]
                            ? minimum + (1 + shape[5] - minimum) * Math.pow(1 - s / turn, 2)
                            : minimum * (1 + shape[3] * Math.pow((s - turn) / (1 - turn), shape[4]));
                }
                case EXPLODING, RISING, BLOW_UP -> trainShape(s) * (1 + shape[shape.length - 1]);
            };
        }

        @Override
        public String toString() {
            LossHistory history = history();
            return kind + " T=" + length + " level=" + level + " shape=" + Arrays.toString(shape) + " noise=" + noise
                    + "\n  train=" + format(history.train()) + "\n  validation=" + format(history.validation());
        }
    }

    private Curves() {
    }

    /** Runs of {@code kind}; edge cases: the shortest run and the longest, without noise, at extreme parameters. */
    static Gen<Curve> of(Kind kind) {
        return new Gen<>() {
            @Override
            public Curve sample(SplittableRandom random) {
                return draw(kind, 5 + random.nextInt(116), random);
            }

            @Override
            public List<Curve> edgeCases() {
                return Stream.of(5, 120).flatMap(length -> Stream.of(1L, 2L).map(seed -> {
                    Curve curve = draw(kind, length, new SplittableRandom(seed));
                    return new Curve(kind, length, curve.level(), curve.shape(), 0.0, 0L);
                })).toList();
            }

            @Override
            public Stream<Curve> shrink(Curve value) {
                return value.noise() > 0
                        ? Stream.of(new Curve(kind, value.length(), value.level(), value.shape(), 0.0, 0L))
                        : Stream.empty();
            }

            @Override
            public String show(Curve value) {
                return value.toString();
            }
        };
    }

    /** Runs of any kind. */
    static Gen<Curve> any() {
        List<Gen<Curve>> kinds = Arrays.stream(Kind.values()).map(Curves::of).toList();
        return random -> kinds.get(random.nextInt(kinds.size())).sample(random);
    }

    private static Curve draw(Kind kind, int length, SplittableRandom random) {
        double level = 0.3 + 4.7 * random.nextDouble();
        double noise = 0.003 * random.nextDouble();
        int turn = (int) Math.ceil(0.2 * (length - 1)) + random.nextInt((int) (0.6 * (length - 1))
                - (int) Math.ceil(0.2 * (length - 1)) + 1);
        double[] shape = switch (kind) {
            case HEALTHY -> decreasing(0.4, 0.95, 8, 40, random);
            case TOO_SLOW -> decreasing(0.1, 0.6, 0, 0.5, random);
            case FLAT -> new double[] {uniform(-0.005, 0.005, random), uniform(-0.005, 0.005, random)};
            case OVERFITTING -> {
                double[] train = random.nextBoolean() ? decreasing(0.4, 0.95, 8, 40, random)
                        : decreasing(0.1, 0.6, 0, 0.5, random);
                yield new double[] {train[0], train[1], turn, uniform(0.3, 2, random), uniform(1, 2, random),
                        uniform(0.2, 3, random)};
            }
            case EXPLODING -> new double[] {uniform(0.5, 6, random), uniform(0, 0.2, random)};
            case RISING -> new double[] {uniform(0.3, 3, random), uniform(0, 0.2, random)};
            case BLOW_UP -> new double[] {uniform(0.4, 0.95, random), uniform(8, 40, random), turn,
                uniform(1.5, 6, random), uniform(0, 0.2, random)};
            case SPIKE -> {
                double[] healthy = decreasing(0.4, 0.95, 8, 40, random);
                int[] levelled = IntStream.range(1, length).filter(k -> {
                    double before = 1 - healthy[0] * decay((k - 1.0) / (length - 1), healthy[1]);
                    return before <= 1.1 * (1 - healthy[0] * decay((double) k / (length - 1), healthy[1]));
                }).toArray();
                yield new double[] {healthy[0], healthy[1], healthy[2], healthy[3],
                    levelled[random.nextInt(levelled.length)], uniform(0.4, 1, random)};
            }
        };
        return new Curve(kind, length, level, shape, noise, random.nextLong());
    }

    // {D, r, validation offset, validation decrease ≤ D}
    private static double[] decreasing(double minDrop, double maxDrop, double minRate, double maxRate,
            SplittableRandom random) {
        double drop = uniform(minDrop, maxDrop, random);
        return new double[] {drop, uniform(minRate, maxRate, random), uniform(0, 0.2, random),
            uniform(0.75 * drop, drop, random)};
    }

    private static double decay(double s, double rate) {
        return rate < 1e-9 ? s : (1 - Math.exp(-rate * s)) / (1 - Math.exp(-rate));
    }

    private static double uniform(double min, double max, SplittableRandom random) {
        return min + (max - min) * random.nextDouble();
    }

    private static String format(double[] values) {
        return Arrays.stream(values).mapToObj(v -> String.format("%.4g", v))
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
