package org.dlcourse.regularization.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.dlcourse.kit.charts.Charts;
import org.dlcourse.kit.charts.Figure;
import org.dlcourse.kit.data.BalancedSubsets;
import org.dlcourse.kit.data.Dataset;
import org.dlcourse.kit.data.FashionMnist;
import org.dlcourse.kit.data.Split;
import org.dlcourse.kit.data.ValidationSplit;
import org.dlcourse.kit.random.Seeds;
import org.dlcourse.regularization.Augmentation;
import org.dlcourse.regularization.AugmentedBatch;
import org.dlcourse.regularization.EarlyStopping;
import org.dlcourse.regularization.EarlyStoppingResult;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The experiment of lecture 05, §7: a 784–128–10 ReLU network trained by plain SGD on a small Fashion-MNIST
 * training subset (100 images per class, 1,000 in all), without regularization and with each regularizer alone:
 * L2 (λ = 0.01 in the (λ/2)·‖w‖² convention), dropout p = 0.5 on the hidden layer, batch normalization before the
 * ReLU, augmentation (horizontal flip with probability ½, shifts of up to 2 pixels), and early stopping with
 * patience 10 (on the unregularized network). Validation: 1,000 other training images (100 per class); test: the
 * full 10,000-image test set, touched once per run at the end.
 *
 * <p>Settings fixed in advance, not tuned on the test set: learning rate 0.05, batch size 50, 40 epochs (or the
 * third argument), two seeds per configuration (the second argument) (initialization, batch order, dropout masks and augmentation differ; the data subsets are
 * the same). Prints one line per run and the table of test accuracies, and draws the mean curves of the seeds into
 * {@code DIR/05-*.png}. Run from the repository root (takes several minutes):
 * <pre>
 *   ./mvnw -q -o -f solutions/05-regularization/pom.xml exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=org.dlcourse.regularization.bench.RegularizationExperiment -Dexec.args="lectures/figures 2 40"
 * </pre>
 */
public final class RegularizationExperiment {

    private static final int PER_CLASS = 100;
    private static final int HIDDEN = 128;
    private static final double LEARNING_RATE = 0.05;
    private static final int BATCH = 50;
    private static final int PATIENCE = 10;

    /** One configuration of the experiment. */
    private record Config(String name, double lambda, double dropout, boolean batchNorm, boolean augment,
            boolean earlyStopping) {
    }

    /** The curves of one run: per epoch the training and validation loss and accuracy, and the final test accuracy. */
    private record Run(double[] trainLoss, double[] validationLoss, double[] validationAccuracy, double testAccuracy,
            int bestEpoch, int epochsRun) {
    }

    private static final List<Config> CONFIGS = List.of(
            new Config("none", 0.0, 0.0, false, false, false),
            new Config("L2 (λ = 0.01)", 0.01, 0.0, false, false, false),
            new Config("dropout (p = 0.5)", 0.0, 0.5, false, false, false),
            new Config("batch norm", 0.0, 0.0, true, false, false),
            new Config("augmentation", 0.0, 0.0, false, true, false),
            new Config("early stopping (P = 10)", 0.0, 0.0, false, false, true));

    private RegularizationExperiment() {
    }

    public static void main(String[] args) throws IOException {
        Path figures = Path.of(args.length > 0 ? args[0] : "lectures/figures");
        int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        Split data = FashionMnist.load(DataType.DOUBLE);
        ValidationSplit held = data.validationSplit(10_000, Seeds.of("05-regularization/experiment/validation"));
        Dataset train = BalancedSubsets.sample(held.train(), PER_CLASS, Seeds.of("05-regularization/experiment/train"));
        Dataset validation = BalancedSubsets.sample(held.validation(), PER_CLASS,
                Seeds.of("05-regularization/experiment/validation-subset"));
        System.out.printf(Locale.ROOT, "train %s, validation %s, test %s; lr %s, batch %d, %d epochs, %d seeds%n",
                train, validation, data.test(), LEARNING_RATE, BATCH, epochs, seeds);
        List<List<Run>> runs = new ArrayList<>();
        long start = System.nanoTime();
        for (Config config : CONFIGS) {
            List<Run> perSeed = new ArrayList<>();
            for (int seed = 0; seed < seeds; seed++) {
                Run run = run(config, seed, epochs, train, validation, data.test());
                perSeed.add(run);
                System.out.printf(Locale.ROOT, "%-24s seed %d: final train loss %.4f, validation loss %.4f (min %.4f),"
                        + " validation accuracy %.4f, test accuracy %.4f, best epoch %d of %d run, %.0f s%n",
                        config.name(), seed, last(run.trainLoss()), last(run.validationLoss()),
                        min(run.validationLoss()), last(run.validationAccuracy()), run.testAccuracy(),
                        run.bestEpoch(), run.epochsRun(), (System.nanoTime() - start) / 1e9);
            }
            runs.add(perSeed);
        }
        System.out.println();
        System.out.println("| regularization | test accuracy (mean ± sd over " + seeds + " seeds) | train loss,"
                + " last epoch | validation loss, last epoch | lowest validation loss | its epoch | epochs run |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int c = 0; c < CONFIGS.size(); c++) {
            List<Run> perSeed = runs.get(c);
            double[] test = perSeed.stream().mapToDouble(Run::testAccuracy).toArray();
            System.out.printf(Locale.ROOT, "| %s | %.4f ± %.4f | %.3f | %.3f | %.3f | %s | %s |%n",
                    CONFIGS.get(c).name(), mean(test), sd(test),
                    mean(perSeed.stream().mapToDouble(r -> last(r.trainLoss())).toArray()),
                    mean(perSeed.stream().mapToDouble(r -> last(r.validationLoss())).toArray()),
                    mean(perSeed.stream().mapToDouble(r -> min(r.validationLoss())).toArray()),
                    perSeed.stream().map(r -> Integer.toString(r.bestEpoch())).toList(),
                    perSeed.stream().map(r -> Integer.toString(r.epochsRun())).toList());
        }
        drawFigures(figures, runs);
    }

    private static Run run(Config config, int seed, int epochs, Dataset train, Dataset validation, Dataset test) {
        SplittableRandom random = Seeds.random("05-regularization/experiment/" + config.name() + "/" + seed);
        RegularizedMlp model = new RegularizedMlp(FashionMnist.PIXELS, HIDDEN, 10, config.batchNorm(),
                config.dropout(), random.split());
        Augmentation augmentation = config.augment()
                ? new Augmentation(FashionMnist.SIDE, FashionMnist.SIDE, 2, 0.5, random.split()) : null;
        SplittableRandom order = random.split();
        List<Double> trainLoss = new ArrayList<>();
        List<Double> validationLoss = new ArrayList<>();
        List<Double> validationAccuracy = new ArrayList<>();
        Runnable epoch = () -> {
            int[] permutation = shuffled(train.size(), order);
            for (int startRow = 0; startRow < permutation.length; startRow += BATCH) {
                int[] rows = Arrays.copyOfRange(permutation, startRow,
                        Math.min(startRow + BATCH, permutation.length));
                INDArray images = Nd4j.pullRows(train.images(), 1, rows);
                int[] labels = new int[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    labels[i] = train.labels()[rows[i]];
                }
                if (augmentation != null) {
                    AugmentedBatch batch = augmentation.apply(images, labels);
                    images = batch.images();
                    labels = batch.labels();
                }
                model.trainStep(images, labels, LEARNING_RATE, config.lambda());
            }
            trainLoss.add(model.evaluate(train.images(), train.labels())[0]);
            double[] onValidation = model.evaluate(validation.images(), validation.labels());
            validationLoss.add(onValidation[0]);
            validationAccuracy.add(onValidation[1]);
        };
        int bestEpoch;
        if (config.earlyStopping()) {
            EarlyStoppingResult result = new EarlyStopping(PATIENCE).run(epochs, model.parameters(), epoch,
                    () -> validationLoss.get(validationLoss.size() - 1));
            bestEpoch = result.bestEpoch();
        } else {
            for (int e = 0; e < epochs; e++) {
                epoch.run();
            }
            bestEpoch = argMin(validationLoss) + 1;
        }
        double testAccuracy = model.evaluate(test.images(), test.labels())[1];
        return new Run(unbox(trainLoss), unbox(validationLoss), unbox(validationAccuracy), testAccuracy, bestEpoch,
                trainLoss.size());
    }

    private static void drawFigures(Path directory, List<List<Run>> runs) throws IOException {
        Files.createDirectories(directory);
        Figure trainFigure = Charts.line("Training loss (1,000 images), mean of the seeds", "epoch",
                "cross-entropy").logY();
        Figure validationFigure = Charts.line("Validation loss (1,000 other images), mean of the seeds", "epoch",
                "cross-entropy");
        Figure accuracyFigure = Charts.line("Validation accuracy, mean of the seeds", "epoch", "accuracy");
        for (int c = 0; c < CONFIGS.size(); c++) {
            List<Run> perSeed = runs.get(c);
            int epochs = perSeed.stream().mapToInt(Run::epochsRun).min().orElseThrow();
            double[] x = new double[epochs];
            double[] trainMean = new double[epochs];
            double[] validationMean = new double[epochs];
            double[] accuracyMean = new double[epochs];
            for (int e = 0; e < epochs; e++) {
                x[e] = e + 1;
                for (Run run : perSeed) {
                    trainMean[e] += run.trainLoss()[e] / perSeed.size();
                    validationMean[e] += run.validationLoss()[e] / perSeed.size();
                    accuracyMean[e] += run.validationAccuracy()[e] / perSeed.size();
                }
            }
            String name = CONFIGS.get(c).name();
            if (!CONFIGS.get(c).earlyStopping()) {
                trainFigure.series(name, x, trainMean);
            }
            validationFigure.series(name, x, validationMean);
            accuracyFigure.series(name, x, accuracyMean);
        }
        System.out.println("wrote " + trainFigure.savePng(directory.resolve("05-training-loss.png")));
        System.out.println("wrote " + validationFigure.savePng(directory.resolve("05-validation-loss.png")));
        System.out.println("wrote " + accuracyFigure.savePng(directory.resolve("05-validation-accuracy.png")));
    }

    private static int[] shuffled(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swapped = order[i];
            order[i] = order[j];
            order[j] = swapped;
        }
        return order;
    }

    private static double[] unbox(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double last(double[] values) {
        return values[values.length - 1];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static int argMin(List<Double> values) {
        int best = 0;
        for (int i = 1; i < values.size(); i++) {
            best = values.get(i) < values.get(best) ? i : best;
        }
        return best;
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    private static double sd(double[] values) {
        double mean = mean(values);
        return values.length < 2 ? 0.0 : Math.sqrt(Arrays.stream(values)
                .map(v -> (v - mean) * (v - mean)).sum() / (values.length - 1));
    }
}
