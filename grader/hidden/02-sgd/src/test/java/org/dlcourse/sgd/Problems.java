package org.dlcourse.sgd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dlcourse.kit.data.Dataset;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.random.RandomTensors;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Small classification problems for the training properties: n training and 1–10 validation samples with 1–5
 * features uniform in [−2, 2] and random labels of 2–4 classes (DOUBLE), a random starting model with entries in
 * [−1, 1], optimizer settings (momentum, weight decay and Nesterov sometimes on) and training settings.
 */
final class Problems {

    private Problems() {
    }

    /** A training problem; the model and optimizer are made fresh by {@link #model()} and {@link #optimizer}. */
    record Problem(Dataset train, Dataset validation, INDArray weights, INDArray bias, SgdSettings sgd,
            TrainingSettings training) {

        SoftmaxRegression model() {
            return new SoftmaxRegression(weights, bias);
        }

        Sgd optimizer(SoftmaxRegression model) {
            return new Sgd(model.parameters(), sgd);
        }

        double[][] trainImages() {
            return train.images().toDoubleMatrix();
        }

        Problem withTraining(TrainingSettings other) {
            return new Problem(train, validation, weights, bias, sgd, other);
        }

        @Override
        public String toString() {
            return "train " + train + ", labels " + Arrays.toString(train.labels()) + ", validation "
                    + validation + ", " + sgd + ", " + training;
        }
    }

    /**
     * Problems with n in [minN, maxN] training samples, 1..maxEpochs epochs, and a batch size in [1, n + 2] (so
     * sometimes at least n: full-batch epochs).
     */
    static Gen<Problem> problems(int minN, int maxN, int maxEpochs) {
        return new Gen<>() {
            @Override
            public Problem sample(SplittableRandom random) {
                int n = minN + random.nextInt(maxN - minN + 1);
                int batchSize = 1 + random.nextInt(n + 2);
                TrainingSettings training = new TrainingSettings(1 + random.nextInt(maxEpochs), batchSize,
                        random.nextLong());
                return draw(random, n, training);
            }

            @Override
            public List<Problem> edgeCases() {
                List<Problem> edges = new ArrayList<>();
                SplittableRandom fixed = new SplittableRandom(11);
                edges.add(draw(fixed, minN, new TrainingSettings(maxEpochs, 1, 1)));
                edges.add(draw(fixed, maxN, new TrainingSettings(maxEpochs, maxN, 2)));
                edges.add(draw(fixed, maxN, new TrainingSettings(maxEpochs, 3, 3)));
                return edges;
            }

            @Override
            public Stream<Problem> shrink(Problem value) {
                TrainingSettings t = value.training();
                return t.epochs() > 1
                        ? Stream.of(value.withTraining(new TrainingSettings(t.epochs() - 1, t.batchSize(), t.seed())))
                        : Stream.empty();
            }

            @Override
            public String show(Problem value) {
                return value.toString();
            }
        };
    }

    /** Problems trained with plain SGD only (no momentum, no weight decay), for full-batch gradient descent. */
    static Gen<Problem> plainProblems(int minN, int maxN, int maxEpochs) {
        return problems(minN, maxN, maxEpochs).map(p -> new Problem(p.train(), p.validation(), p.weights(), p.bias(),
                SgdSettings.plain(p.sgd().learningRate()), p.training()));
    }

    private static Problem draw(SplittableRandom random, int n, TrainingSettings training) {
        int features = 1 + random.nextInt(5);
        int classes = 2 + random.nextInt(3);
        List<String> names = IntStream.range(0, classes).mapToObj(c -> "class " + c).toList();
        Dataset train = new Dataset(RandomTensors.uniform(random, -2, 2, n, features),
                RandomTensors.randomLabels(random, n, classes), names);
        int validationSize = 1 + random.nextInt(10);
        Dataset validation = new Dataset(RandomTensors.uniform(random, -2, 2, validationSize, features),
                RandomTensors.randomLabels(random, validationSize, classes), names);
        double momentum = random.nextBoolean() ? 0.0 : 0.9 * random.nextDouble();
        SgdSettings sgd = new SgdSettings(0.01 + 0.49 * random.nextDouble(), momentum, 0.0,
                random.nextBoolean() ? 0.0 : 0.1 * random.nextDouble(), momentum > 0 && random.nextBoolean());
        return new Problem(train, validation, RandomTensors.uniform(random, -1, 1, features, classes),
                RandomTensors.uniform(random, -1, 1, 1, classes), sgd, training);
    }
}
