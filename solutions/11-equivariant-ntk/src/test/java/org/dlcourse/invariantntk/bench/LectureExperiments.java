package org.dlcourse.invariantntk.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.dlcourse.invariantntk.Augmentation;
import org.dlcourse.invariantntk.FullyConnectedKernel;
import org.dlcourse.invariantntk.Group;
import org.dlcourse.invariantntk.InvarianceError;
import org.dlcourse.invariantntk.InvariantKernel;
import org.dlcourse.invariantntk.InvariantRegression;
import org.dlcourse.invariantntk.Kernel;
import org.dlcourse.invariantntk.KernelRegression;
import org.dlcourse.invariantntk.TrainingSet;
import org.dlcourse.kit.charts.Charts;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The experiments of lecture 11 with the reference solution, printing their numbers and drawing two figures into
 * {@code lectures/figures} (instructor only: they need the solution, so no lecture demo can draw them):
 * <ol>
 *   <li>{@code 11-augmentation-cost.png}: wall time of kernel regression on the full-orbit augmented set (n·|G|
 *       points) against the invariant kernel on the n original points (double and single sum), D4 on 8 × 8 images,
 *       n = 8 … 256, with the
 *       largest difference of their predictions;</li>
 *   <li>{@code 11-partial-augmentation.png}: the invariance error of kernel regression on partial orbits of k
 *       elements per image, k = 1 … 8, five seeds.</li>
 * </ol>
 * <pre>
 *   ./mvnw -q -o -f solutions/11-equivariant-ntk/pom.xml exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=org.dlcourse.invariantntk.bench.LectureExperiments -Dexec.args=lectures/figures
 * </pre>
 */
public final class LectureExperiments {

    private static final Kernel NTK = new FullyConnectedKernel(2, Math.sqrt(2.0), 0.1).ntk();
    private static final int[] SIZES = {8, 16, 32, 64, 128, 256};
    private static final double RIDGE = 1e-2;
    private static final int SEEDS = 5;

    private LectureExperiments() {
    }

    public static void main(String[] args) throws IOException {
        Path figures = Path.of(args.length > 0 ? args[0] : "lectures/figures");
        cost(figures);
        partialAugmentation(figures);
    }

    private static void cost(Path figures) throws IOException {
        SplittableRandom random = new SplittableRandom(1101);
        double[] n = new double[SIZES.length];
        double[] augmented = new double[SIZES.length];
        double[] invariant = new double[SIZES.length];
        double[] single = new double[SIZES.length];
        Kernel reduced = (a, b) -> InvariantKernel.reduced(NTK, Group.D4, a, b);
        INDArray test = images(random, 16, 8);
        System.out.println("cost (D4, 8 × 8 Gaussian images, depth-2 ReLU NTK, ridge 1e-2, 16 test images; best of 3 runs):");
        for (int s = 0; s < SIZES.length; s++) {
            TrainingSet data = new TrainingSet(images(random, SIZES[s], 8), targets(random, SIZES[s]));
            INDArray[] predictions = new INDArray[3];
            augmented[s] = bestOf(3, () -> predictions[0] = InvariantRegression.withAugmentation(NTK, Group.D4, data, test, RIDGE));
            invariant[s] = bestOf(3, () -> predictions[1] = InvariantRegression.withInvariantKernel(NTK, Group.D4, data, test, RIDGE));
            single[s] = bestOf(3, () -> predictions[2] = KernelRegression.predict(reduced, data.images(), data.targets(),
                    test, RIDGE / Group.D4.order()));
            n[s] = SIZES[s];
            System.out.printf(Locale.ROOT, "  n = %3d (%4d augmented points)  augmented %7.3f s  double sum %7.3f s  single sum %7.3f s"
                    + "  augmented/single %6.1f  max |Δ prediction| %.1e (double sum), %.1e (single sum)%n",
                    SIZES[s], 8 * SIZES[s], augmented[s], invariant[s], single[s], augmented[s] / single[s],
                    predictions[0].sub(predictions[1]).amaxNumber().doubleValue(),
                    predictions[0].sub(predictions[2]).amaxNumber().doubleValue());
        }
        int last = SIZES.length - 1;
        double[] cubic = new double[SIZES.length];
        for (int s = 0; s < SIZES.length; s++) {
            cubic[s] = augmented[last] * Math.pow(n[s] / n[last], 3);
        }
        Charts.scatter("Full-orbit augmentation against the invariant kernel (D4, 8×8 images)", "training images n",
                        "wall time (s), best of 3")
                .series("base kernel on n·|G| augmented points", n, augmented)
                .series("invariant kernel on n points, double sum", n, invariant)
                .series("invariant kernel on n points, single sum", n, single)
                .series("slope 3: t ∝ n³", n, cubic)
                .logX().logY().savePng(figures.resolve("11-augmentation-cost.png"));
    }

    private static void partialAugmentation(Path figures) throws IOException {
        double[] k = new double[8];
        double[] mean = new double[8];
        double[] lowest = new double[8];
        double[] highest = new double[8];
        System.out.println("partial augmentation (D4, 16 training and 16 test images of 6 × 6, ridge 1e-2, 5 seeds):");
        for (int elements = 1; elements <= 8; elements++) {
            k[elements - 1] = elements;
            lowest[elements - 1] = Double.POSITIVE_INFINITY;
            for (int seed = 0; seed < SEEDS; seed++) {
                SplittableRandom random = new SplittableRandom(1100 + seed);
                TrainingSet data = new TrainingSet(images(random, 16, 6), targets(random, 16));
                INDArray test = images(random, 16, 6);
                TrainingSet partial = Augmentation.partialOrbits(Group.D4, data, elements, seed);
                double error = InvarianceError.of(batch -> KernelRegression.predict(NTK, partial.images(),
                        partial.targets(), batch, RIDGE), Group.D4, test);
                mean[elements - 1] += error / SEEDS;
                lowest[elements - 1] = Math.min(lowest[elements - 1], error);
                highest[elements - 1] = Math.max(highest[elements - 1], error);
            }
            System.out.printf(Locale.ROOT, "  k = %d (fraction %.3f)  invariance error mean %.3e  min %.3e  max %.3e%n",
                    elements, elements / 8.0, mean[elements - 1], lowest[elements - 1], highest[elements - 1]);
        }
        Charts.scatter("Partial orbits: invariance error of the augmented predictor (D4)",
                        "orbit elements per training image k (of |G| = 8)", "max relative |f(g·x) − f(x)|")
                .series("mean of 5 seeds", k, mean)
                .series("smallest of 5 seeds", k, lowest)
                .series("largest of 5 seeds", k, highest)
                .logY().savePng(figures.resolve("11-partial-augmentation.png"));
    }

    private static double bestOf(int runs, Runnable work) {
        double best = Double.POSITIVE_INFINITY;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            work.run();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return best;
    }

    private static INDArray images(SplittableRandom random, int count, int side) {
        double[] values = new double[count * side * side];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextGaussian();
        }
        return Nd4j.create(values, new long[] {count, side, side}, DataType.DOUBLE);
    }

    private static INDArray targets(SplittableRandom random, int count) {
        double[] values = new double[count];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextGaussian();
        }
        return Nd4j.create(values, new long[] {count}, DataType.DOUBLE);
    }
}
