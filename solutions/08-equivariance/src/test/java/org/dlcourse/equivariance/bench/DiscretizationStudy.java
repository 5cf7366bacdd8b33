package org.dlcourse.equivariance.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.dlcourse.equivariance.DiscretizationError;
import org.dlcourse.equivariance.LiftingConvolution;
import org.dlcourse.kit.charts.Charts;
import org.dlcourse.kit.random.Seeds;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The measurement behind lecture 08, §6 (instructor only, not a test): the equivariance error of a lifting layer
 * under rotations by arbitrary angles with bilinear interpolation, against the image resolution n and the kernel
 * size K.
 *
 * <p>The image is one fixed smooth function on the square [−1, 1]², a sum of six Gaussian bumps of width σ = 0.2
 * inside the disk of radius 0.6, sampled on an n × n grid, so a larger n is the same picture at a finer resolution.
 * Filters are i.i.d. standard normal (4 output channels), the error is {@link DiscretizationError#lifting} averaged
 * over 24 angles (7.5°, 22.5°, …, none a quarter turn) and 3 seeds of filters. Also prints the largest error at the
 * quarter turns, which must be rounding only. Writes two figures into the directory given as the first argument:
 * <pre>
 *   ./mvnw -q -o -f solutions/08-equivariance/pom.xml exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=org.dlcourse.equivariance.bench.DiscretizationStudy -Dexec.args=lectures/figures
 * </pre>
 */
public final class DiscretizationStudy {

    private static final int[] RESOLUTIONS = {9, 13, 17, 25, 33, 49, 65};
    private static final int[] KERNELS = {3, 5, 7};
    private static final int ANGLES = 24;
    private static final int SEEDS = 3;

    private DiscretizationStudy() {
    }

    public static void main(String[] args) throws IOException {
        Path figures = Path.of(args.length > 0 ? args[0] : "lectures/figures");
        double[] resolutions = new double[RESOLUTIONS.length];
        var figure = Charts.line("Lifting layer: equivariance error under rotation by arbitrary angles",
                "image resolution n (pixels per side)", "relative error (mean over 24 angles, 3 filter seeds)")
                .logX().logY();
        System.out.println("| n | " + String.join(" | ", java.util.Arrays.stream(KERNELS).mapToObj(k -> "K = " + k).toList())
                + " | max error at quarter turns |");
        double[][] errors = new double[KERNELS.length][RESOLUTIONS.length];
        for (int a = 0; a < RESOLUTIONS.length; a++) {
            int n = RESOLUTIONS[a];
            resolutions[a] = n;
            INDArray image = smoothImage(n);
            double quarterTurns = 0;
            StringBuilder row = new StringBuilder("| " + n + " |");
            for (int b = 0; b < KERNELS.length; b++) {
                int k = KERNELS[b];
                double sum = 0;
                for (int seed = 0; seed < SEEDS; seed++) {
                    LiftingConvolution layer = layer(k, Seeds.of("08-equivariance/discretization/" + k + "/" + seed));
                    for (int t = 0; t < ANGLES; t++) {
                        sum += DiscretizationError.lifting(layer, image, 2 * Math.PI * (t + 0.5) / ANGLES);
                    }
                    for (int q = 0; q < 4; q++) {
                        quarterTurns = Math.max(quarterTurns, DiscretizationError.lifting(layer, image, q * Math.PI / 2));
                    }
                }
                errors[b][a] = sum / (SEEDS * ANGLES);
                row.append(String.format(Locale.ROOT, " %.4f |", errors[b][a]));
            }
            System.out.println(row + String.format(Locale.ROOT, " %.1e |", quarterTurns));
        }
        for (int b = 0; b < KERNELS.length; b++) {
            figure.series("K = " + KERNELS[b], resolutions, errors[b]);
        }
        figure.savePng(figures.resolve("08-discretization-error-vs-resolution.png"));

        int n = 33;
        LiftingConvolution layer = layer(5, Seeds.of("08-equivariance/discretization/5/0"));
        INDArray image = smoothImage(n);
        int steps = 145;
        double[] degrees = new double[steps];
        double[] error = new double[steps];
        for (int t = 0; t < steps; t++) {
            degrees[t] = t * 360.0 / (steps - 1);
            error[t] = DiscretizationError.lifting(layer, image, Math.toRadians(degrees[t]));
        }
        Charts.line("Lifting layer (n = 33, K = 5): error against the rotation angle", "angle (degrees)",
                "relative equivariance error").series("bilinear interpolation", degrees, error)
                .savePng(figures.resolve("08-discretization-error-vs-angle.png"));
        System.out.printf(Locale.ROOT, "n = 33, K = 5: error at 45° %.4f, at 90° %.1e%n",
                DiscretizationError.lifting(layer, image, Math.PI / 4), DiscretizationError.lifting(layer, image, Math.PI / 2));
    }

    /** Six Gaussian bumps of width 0.2 at fixed places inside the disk of radius 0.6, on an n × n grid of [−1, 1]². */
    static INDArray smoothImage(int n) {
        SplittableRandom random = new SplittableRandom(Seeds.of("08-equivariance/discretization/image"));
        double[][] bumps = new double[6][3];
        for (double[] bump : bumps) {
            double radius = 0.6 * Math.sqrt(random.nextDouble());
            double angle = random.nextDouble(0, 2 * Math.PI);
            bump[0] = radius * Math.cos(angle);
            bump[1] = radius * Math.sin(angle);
            bump[2] = random.nextDouble(0.5, 1.5);
        }
        double[] values = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double x = -1 + 2.0 * j / (n - 1);
                double y = 1 - 2.0 * i / (n - 1);
                for (double[] bump : bumps) {
                    double d2 = (x - bump[0]) * (x - bump[0]) + (y - bump[1]) * (y - bump[1]);
                    values[i * n + j] += bump[2] * Math.exp(-d2 / (2 * 0.2 * 0.2));
                }
            }
        }
        return Nd4j.create(values, new long[] {1, n, n}, DataType.DOUBLE);
    }

    private static LiftingConvolution layer(int k, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] weights = new double[4 * k * k];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = gaussian(random);
        }
        return new LiftingConvolution(Nd4j.create(weights, new long[] {4, 1, k, k}, DataType.DOUBLE),
                Nd4j.zeros(DataType.DOUBLE, 4));
    }

    static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
