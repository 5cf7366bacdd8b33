package org.dlcourse.biasvariance;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dlcourse.kit.property.Gen;

/** Inputs of {@link BiasVariance#decompose}: predictions of M models at T test points, the truth and σ². */
final class Predictions {

    private Predictions() {
    }

    /**
     * @param predictions   M × T
     * @param truth         T noise-free targets
     * @param noiseVariance σ²
     */
    record Ensemble(double[][] predictions, double[] truth, double noiseVariance) {

        int models() {
            return predictions.length;
        }

        int points() {
            return truth.length;
        }
    }

    /**
     * 1–{@code maxModels} models at 1–12 points, predictions and truth uniform in [−10, 10], σ² uniform in [0, 4].
     * Edge cases: one model, two models, models that all agree, truth equal to the mean prediction, σ² = 0. A failing
     * ensemble shrinks by dropping models and points.
     */
    static Gen<Ensemble> ensembles(int minModels, int maxModels) {
        return new Gen<>() {
            @Override
            public Ensemble sample(SplittableRandom random) {
                int models = minModels + random.nextInt(maxModels - minModels + 1);
                int points = 1 + random.nextInt(12);
                double[][] predictions = new double[models][];
                for (int m = 0; m < models; m++) {
                    predictions[m] = uniform(random, points, 10);
                }
                return new Ensemble(predictions, uniform(random, points, 10), 4 * random.nextDouble());
            }

            @Override
            public List<Ensemble> edgeCases() {
                double[][] agreeing = {{1.5, -2, 3}, {1.5, -2, 3}, {1.5, -2, 3}};
                double[][] centred = {{1, 5}, {3, -1}};
                return Stream.of(
                        new Ensemble(new double[][] {{2, -3}}, new double[] {1, 1}, 0.25),
                        new Ensemble(centred, new double[] {2, 2}, 0.0),
                        new Ensemble(agreeing, new double[] {0, 0, 0}, 1.0),
                        new Ensemble(new double[][] {{0.1}, {0.3}}, new double[] {7}, 0.5))
                        .filter(e -> e.models() >= minModels && e.models() <= maxModels).toList();
            }

            @Override
            public Stream<Ensemble> shrink(Ensemble value) {
                Stream.Builder<Ensemble> smaller = Stream.builder();
                if (value.models() > minModels) {
                    smaller.add(new Ensemble(Arrays.copyOf(value.predictions(), value.models() - 1), value.truth(),
                            value.noiseVariance()));
                }
                if (value.points() > 1) {
                    double[][] fewer = Arrays.stream(value.predictions()).map(row -> Arrays.copyOf(row, row.length - 1))
                            .toArray(double[][]::new);
                    smaller.add(new Ensemble(fewer, Arrays.copyOf(value.truth(), value.points() - 1), value.noiseVariance()));
                }
                return smaller.build();
            }

            @Override
            public String show(Ensemble value) {
                return "predictions = " + Arrays.stream(value.predictions()).map(Arrays::toString)
                        .collect(Collectors.joining(", ", "[", "]")) + ", truth = " + Arrays.toString(value.truth())
                        + ", σ² = " + value.noiseVariance();
            }
        };
    }

    private static double[] uniform(SplittableRandom random, int n, double bound) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = bound * (2 * random.nextDouble() - 1);
        }
        return values;
    }
}
