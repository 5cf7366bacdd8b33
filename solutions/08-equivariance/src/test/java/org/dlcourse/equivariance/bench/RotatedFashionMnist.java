package org.dlcourse.equivariance.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.dlcourse.equivariance.BilinearRotation;
import org.dlcourse.kit.charts.Charts;
import org.dlcourse.kit.data.BalancedSubsets;
import org.dlcourse.kit.data.Dataset;
import org.dlcourse.kit.data.FashionMnist;
import org.dlcourse.kit.data.Split;
import org.dlcourse.kit.random.Seeds;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The experiment of lecture 08, §7 (instructor only, not a test): on Fashion-MNIST reduced to 14 × 14 pixels, a small
 * C4-equivariant CNN against a plain CNN with about the same number of parameters, trained on upright images, and
 * the plain CNN trained with random rotations (augmentation); test accuracy on upright test images, on test images
 * turned by a random quarter turn and on test images turned by a uniformly random angle, for several training-set
 * sizes (sample efficiency).
 *
 * <p>Rotations are the exercise's {@link BilinearRotation} at 28 × 28, then 2 × 2 averaging to 14 × 14. Every run
 * gets the same budget of Adam steps (batch 32, learning rate 3e−3), so small training sets are seen for more
 * epochs. Arguments: images per class of the training sets (comma-separated, default {@code 10,50,250}), the
 * budget of training samples per run (default 6000), test images per class (default 100) and the figures
 * directory. Run from the repository root (a few minutes on two cores):
 * <pre>
 *   ./mvnw -q -o -f solutions/08-equivariance/pom.xml exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=org.dlcourse.equivariance.bench.RotatedFashionMnist -Dexec.args="10,50,250 6000 100 lectures/figures"
 * </pre>
 */
public final class RotatedFashionMnist {

    private static final int SIDE = 14;
    private static final int BATCH = 32;
    private static final double LEARNING_RATE = 3e-3;

    private RotatedFashionMnist() {
    }

    private record Model(String name, boolean augment) {
    }

    public static void main(String[] args) throws IOException {
        int[] perClass = Arrays.stream((args.length > 0 ? args[0] : "10,50,250").split(",")).mapToInt(Integer::parseInt).toArray();
        int budget = args.length > 1 ? Integer.parseInt(args[1]) : 6000;
        int testPerClass = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        Path figures = Path.of(args.length > 3 ? args[3] : "lectures/figures");
        long start = System.nanoTime();
        Split data = FashionMnist.load(DataType.FLOAT);
        Dataset test = BalancedSubsets.sample(data.test(), testPerClass, Seeds.of("08-equivariance/rotated-mnist/test"));
        SplittableRandom testRandom = new SplittableRandom(Seeds.of("08-equivariance/rotated-mnist/test-angles"));
        List<float[]> upright = new ArrayList<>();
        List<float[]> quarterTurned = new ArrayList<>();
        List<float[]> rotated = new ArrayList<>();
        for (int i = 0; i < test.size(); i++) {
            INDArray image = image28(test, i);
            upright.add(downsample(image));
            quarterTurned.add(downsample(BilinearRotation.rotate(image, testRandom.nextInt(4) * Math.PI / 2)));
            rotated.add(downsample(BilinearRotation.rotate(image, testRandom.nextDouble(0, 2 * Math.PI))));
        }
        System.out.printf(Locale.ROOT, "test: %d images; C4 CNN %d parameters, plain CNN %d parameters%n", test.size(),
                TinyCnn.c4(8, 16, 1).parameterCount(), TinyCnn.plain(16, 30, 1).parameterCount());
        System.out.println("| model | training images | upright | quarter turns | any angle | training time |");
        System.out.println("|---|---|---|---|---|---|");
        List<Model> models = List.of(new Model("C4-equivariant CNN", false), new Model("plain CNN", false),
                new Model("plain CNN + rotation augmentation", true));
        double[] sizes = new double[perClass.length];
        double[][] anyAngle = new double[models.size()][perClass.length];
        double[][] uprightAccuracy = new double[models.size()][perClass.length];
        for (int s = 0; s < perClass.length; s++) {
            Dataset train = BalancedSubsets.sample(data.train(), perClass[s], Seeds.of("08-equivariance/rotated-mnist/train-" + perClass[s]));
            sizes[s] = train.size();
            List<INDArray> trainImages = new ArrayList<>();
            List<float[]> trainUpright = new ArrayList<>();
            for (int i = 0; i < train.size(); i++) {
                trainImages.add(image28(train, i));
                trainUpright.add(downsample(trainImages.get(i)));
            }
            for (int m = 0; m < models.size(); m++) {
                Model model = models.get(m);
                long seed = Seeds.of("08-equivariance/rotated-mnist/init-" + m);
                TinyCnn net = m == 0 ? TinyCnn.c4(8, 16, seed) : TinyCnn.plain(16, 30, seed);
                long trainStart = System.nanoTime();
                SplittableRandom random = new SplittableRandom(Seeds.of("08-equivariance/rotated-mnist/order-" + m + "-" + s));
                int[] order = new int[0];
                int next = 0;
                double loss = 0;
                for (int step = 0; step < budget / BATCH; step++) {
                    List<float[]> batch = new ArrayList<>();
                    int[] labels = new int[BATCH];
                    for (int b = 0; b < BATCH; b++) {
                        if (next == order.length) {
                            order = shuffled(train.size(), random);
                            next = 0;
                        }
                        int index = order[next++];
                        batch.add(model.augment()
                                ? downsample(BilinearRotation.rotate(trainImages.get(index), random.nextDouble(0, 2 * Math.PI)))
                                : trainUpright.get(index));
                        labels[b] = train.labels()[index];
                    }
                    loss = 0.9 * loss + 0.1 * net.trainBatch(batch, labels, SIDE, LEARNING_RATE);
                }
                net.freeze();
                double seconds = (System.nanoTime() - trainStart) / 1e9;
                double a0 = accuracy(net, upright, test.labels());
                double a1 = accuracy(net, quarterTurned, test.labels());
                double a2 = accuracy(net, rotated, test.labels());
                anyAngle[m][s] = a2;
                uprightAccuracy[m][s] = a0;
                System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.0f s (smoothed loss %.3f) |%n", model.name(),
                        train.size(), a0, a1, a2, seconds, loss);
                if (m == 0) {
                    System.out.printf(Locale.ROOT, "  C4 CNN: largest |logit change| under a quarter turn of a test image: %.1e%n",
                            quarterTurnLogitChange(net, upright.subList(0, 20)));
                }
            }
        }
        var figure = Charts.line("Rotated Fashion-MNIST (14 × 14): accuracy on test images at random angles",
                "training images (balanced)", "test accuracy").logX();
        var uprightFigure = Charts.line("Fashion-MNIST (14 × 14): accuracy on upright test images",
                "training images (balanced)", "test accuracy").logX();
        for (int m = 0; m < models.size(); m++) {
            figure.series(models.get(m).name(), sizes, anyAngle[m]);
            uprightFigure.series(models.get(m).name(), sizes, uprightAccuracy[m]);
        }
        figure.savePng(figures.resolve("08-rotated-fashion-mnist.png"));
        uprightFigure.savePng(figures.resolve("08-upright-fashion-mnist.png"));
        System.out.printf(Locale.ROOT, "total %.0f s%n", (System.nanoTime() - start) / 1e9);
    }

    private static INDArray image28(Dataset data, int index) {
        return data.images().getRow(index).castTo(DataType.DOUBLE).reshape(1, FashionMnist.SIDE, FashionMnist.SIDE);
    }

    /** 2 × 2 averaging, 28 × 28 → 14 × 14; it commutes with quarter turns because 28 is even. */
    private static float[] downsample(INDArray image) {
        double[] in = image.dup('c').data().asDouble();
        float[] out = new float[SIDE * SIDE];
        for (int i = 0; i < SIDE; i++) {
            for (int j = 0; j < SIDE; j++) {
                double sum = in[2 * i * 28 + 2 * j] + in[2 * i * 28 + 2 * j + 1] + in[(2 * i + 1) * 28 + 2 * j]
                        + in[(2 * i + 1) * 28 + 2 * j + 1];
                out[i * SIDE + j] = (float) (sum / 4);
            }
        }
        return out;
    }

    private static int[] shuffled(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int kept = order[i];
            order[i] = order[j];
            order[j] = kept;
        }
        return order;
    }

    private static double accuracy(TinyCnn net, List<float[]> images, int[] labels) {
        int correct = 0;
        for (int i = 0; i < images.size(); i++) {
            float[] logits = net.logits(images.get(i), SIDE);
            int best = 0;
            for (int y = 1; y < logits.length; y++) {
                if (logits[y] > logits[best]) {
                    best = y;
                }
            }
            correct += best == labels[i] ? 1 : 0;
        }
        return (double) correct / images.size();
    }

    private static double quarterTurnLogitChange(TinyCnn net, List<float[]> images) {
        double largest = 0;
        for (float[] image : images) {
            float[] turned = new float[image.length];
            for (int i = 0; i < SIDE; i++) {
                for (int j = 0; j < SIDE; j++) {
                    turned[i * SIDE + j] = image[j * SIDE + SIDE - 1 - i];
                }
            }
            float[] a = net.logits(image, SIDE);
            float[] b = net.logits(turned, SIDE);
            for (int y = 0; y < a.length; y++) {
                largest = Math.max(largest, Math.abs(a[y] - b[y]));
            }
        }
        return largest;
    }
}
