package org.dlcourse.sgd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dlcourse.kit.property.Gen;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Optimizer runs for the hidden properties: settings, one to three parameters of assorted matrix shapes with
 * values in [−3, 3], and one gradient per parameter and step. A case shrinks by dropping steps, then parameters.
 */
final class SgdCases {

    /** Largest number of steps of a generated run. */
    static final int MAX_STEPS = 6;

    private SgdCases() {
    }

    /**
     * A run of SGD: {@code start[p]} is parameter p flattened in row-major order with shape {@code shapes[p]},
     * {@code gradients[s][p]} its gradient at step s.
     */
    record SgdCase(SgdSettings settings, long[][] shapes, double[][] start, double[][][] gradients) {

        int steps() {
            return gradients.length;
        }

        /** The final parameters after every step of the student's {@link Sgd}, flattened. */
        double[][] runStudent() {
            List<INDArray> parameters = tensors(start);
            Sgd optimizer = new Sgd(parameters, settings);
            for (double[][] step : gradients) {
                optimizer.step(tensors(step));
            }
            return parameters.stream().map(p -> p.dup('c').data().asDouble()).toArray(double[][]::new);
        }

        /** The final parameters after every step of {@link SgdOracle}, flattened. */
        double[][] runOracle() {
            double[][] parameters = Arrays.stream(start).map(double[]::clone).toArray(double[][]::new);
            SgdOracle oracle = new SgdOracle(settings, parameters.length);
            for (double[][] step : gradients) {
                oracle.step(parameters, step);
            }
            return parameters;
        }

        /** DOUBLE tensors of this case's shapes holding {@code values}. */
        List<INDArray> tensors(double[][] values) {
            List<INDArray> tensors = new ArrayList<>();
            for (int p = 0; p < values.length; p++) {
                tensors.add(Nd4j.create(values[p].clone(), shapes[p], Nd4j.getStrides(shapes[p], 'c'), 'c',
                        DataType.DOUBLE));
            }
            return tensors;
        }

        SgdCase withSettings(SgdSettings other) {
            return new SgdCase(other, shapes, start, gradients);
        }
    }

    /** Runs of 1..maxSteps steps with settings drawn from {@code settings}. */
    static Gen<SgdCase> cases(Gen<SgdSettings> settings, int minSteps, int maxSteps) {
        return new Gen<>() {
            @Override
            public SgdCase sample(SplittableRandom random) {
                SgdSettings drawn = settings.sample(random);
                int count = 1 + random.nextInt(3);
                long[][] shapes = new long[count][];
                for (int p = 0; p < count; p++) {
                    shapes[p] = new long[] {1 + random.nextInt(4), 1 + random.nextInt(4)};
                }
                int steps = minSteps + random.nextInt(maxSteps - minSteps + 1);
                double[][][] gradients = new double[steps][][];
                for (int s = 0; s < steps; s++) {
                    gradients[s] = values(shapes, random);
                }
                return new SgdCase(drawn, shapes, values(shapes, random), gradients);
            }

            @Override
            public List<SgdCase> edgeCases() {
                SplittableRandom fixed = new SplittableRandom(1);
                long[][] shapes = {{2, 3}, {1, 3}};
                double[][] start = values(shapes, fixed);
                double[][][] gradients = new double[maxSteps][][];
                for (int s = 0; s < maxSteps; s++) {
                    gradients[s] = values(shapes, fixed);
                }
                return settings.edgeCases().stream().map(edge -> new SgdCase(edge, shapes, start, gradients)).toList();
            }

            @Override
            public Stream<SgdCase> shrink(SgdCase value) {
                Stream<SgdCase> fewerSteps = value.steps() > minSteps
                        ? Stream.of(new SgdCase(value.settings(), value.shapes(), value.start(),
                                Arrays.copyOf(value.gradients(), value.steps() - 1)))
                        : Stream.empty();
                Stream<SgdCase> fewerParameters = value.shapes().length > 1
                        ? Stream.of(dropLastParameter(value))
                        : Stream.empty();
                return Stream.concat(fewerSteps, fewerParameters);
            }

            @Override
            public String show(SgdCase value) {
                return value.settings() + ", shapes " + Arrays.stream(value.shapes()).map(Arrays::toString)
                        .collect(Collectors.joining(" ")) + ", start " + format(value.start()) + ", gradients "
                        + Arrays.stream(value.gradients()).map(SgdCases::format).collect(Collectors.joining(" then "));
            }
        };
    }

    /** Any settings PyTorch accepts: lr in [0, 1], momentum off or in (0, 0.99], dampening, weight decay, Nesterov. */
    static Gen<SgdSettings> anySettings() {
        return settings(random -> {
            double momentum = random.nextBoolean() ? 0.0 : 0.01 + 0.98 * random.nextDouble();
            double dampening = random.nextBoolean() ? 0.0 : random.nextDouble();
            boolean nesterov = momentum > 0 && dampening == 0 && random.nextBoolean();
            return new SgdSettings(random.nextDouble(), momentum, dampening, weightDecay(random), nesterov);
        }, List.of(SgdSettings.plain(0.1), SgdSettings.plain(0.1).withMomentum(0.9),
                SgdSettings.plain(0.1).withMomentum(0.9).withNesterov(true),
                SgdSettings.plain(0.1).withMomentum(0.9).withDampening(1.0),
                SgdSettings.plain(0.1).withWeightDecay(0.5),
                new SgdSettings(0.05, 0.8, 0.3, 0.1, false), new SgdSettings(0.05, 0.8, 0.0, 0.1, true)));
    }

    /** Momentum in (0, 0.99], any dampening and weight decay, no Nesterov. */
    static Gen<SgdSettings> heavyBall() {
        return settings(random -> new SgdSettings(random.nextDouble(), 0.01 + 0.98 * random.nextDouble(),
                random.nextDouble(), weightDecay(random), false),
                List.of(SgdSettings.plain(0.1).withMomentum(0.9),
                        SgdSettings.plain(0.1).withMomentum(0.5).withDampening(0.5),
                        new SgdSettings(0.1, 0.9, 1.0, 0.2, false)));
    }

    /** No momentum; dampening (which then has no effect) and weight decay drawn as in {@link #anySettings()}. */
    static Gen<SgdSettings> withoutMomentum() {
        return settings(random -> new SgdSettings(random.nextDouble(), 0.0, random.nextDouble(), weightDecay(random),
                false), List.of(SgdSettings.plain(0.1).withDampening(0.5), new SgdSettings(0.3, 0.0, 1.0, 0.2, false)));
    }

    /** Nesterov momentum in (0, 0.99], no dampening, weight decay off or on. */
    static Gen<SgdSettings> nesterov() {
        return settings(random -> new SgdSettings(random.nextDouble(), 0.01 + 0.98 * random.nextDouble(), 0.0,
                weightDecay(random), true), List.of(SgdSettings.plain(0.1).withMomentum(0.9).withNesterov(true)));
    }

    /** Momentum in (0, 0.99] and weight decay in (0, 0.5], dampening off or on, no Nesterov. */
    static Gen<SgdSettings> decayWithMomentum() {
        return settings(random -> new SgdSettings(random.nextDouble(), 0.01 + 0.98 * random.nextDouble(),
                random.nextBoolean() ? 0.0 : random.nextDouble(), 0.01 + 0.49 * random.nextDouble(), false),
                List.of(new SgdSettings(0.1, 0.9, 0.0, 0.3, false)));
    }

    private static Gen<SgdSettings> settings(Function<SplittableRandom, SgdSettings> draw, List<SgdSettings> edges) {
        return new Gen<>() {
            @Override
            public SgdSettings sample(SplittableRandom random) {
                return draw.apply(random);
            }

            @Override
            public List<SgdSettings> edgeCases() {
                return edges;
            }
        };
    }

    private static double weightDecay(SplittableRandom random) {
        return random.nextBoolean() ? 0.0 : 0.5 * random.nextDouble();
    }

    private static double[][] values(long[][] shapes, SplittableRandom random) {
        double[][] values = new double[shapes.length][];
        for (int p = 0; p < shapes.length; p++) {
            values[p] = random.doubles(shapes[p][0] * shapes[p][1], -3, 3).toArray();
        }
        return values;
    }

    private static SgdCase dropLastParameter(SgdCase value) {
        int kept = value.shapes().length - 1;
        double[][][] gradients = Arrays.stream(value.gradients()).map(step -> Arrays.copyOf(step, kept))
                .toArray(double[][][]::new);
        return new SgdCase(value.settings(), Arrays.copyOf(value.shapes(), kept), Arrays.copyOf(value.start(), kept),
                gradients);
    }

    private static String format(double[][] values) {
        return Arrays.stream(values).map(p -> IntStream.range(0, p.length).mapToObj(i -> String.format("%.4g", p[i]))
                .collect(Collectors.joining(", ", "[", "]"))).collect(Collectors.joining(" "));
    }
}
