package org.dlcourse.ntk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.random.Seeds;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The width sweep: its definition, and the n^(−1/2) law on a cheap sweep. */
class WidthSweepTests {

    /**
     * Widths 32 to 512, four seeds, one hidden ReLU layer, six inputs: the theory says −1/2, and the lecture's full
     * sweep (widths 64 to 4096, five seeds, depth 2) measured −0.503 with the reference solution. The window
     * [−0.75, −0.30] allows the sampling noise of four seeds and excludes a kernel that does not converge
     * (slope ≈ 0) or a standard-parameterization kernel (which grows with the width).
     */
    private static final double SLOPE_LOW = -0.75;
    private static final double SLOPE_HIGH = -0.30;

    private static final Architecture RELU = new Architecture(1, Math.sqrt(2.0), 0.3, Activation.RELU);

    @Test
    @Graded(points = 4, task = "width-sweep",
            hint = "The relative Frobenius error of the empirical NTK at initialization against the analytic NTK should fall like width^(−1/2): the fitted log-log slope must be near −1/2.")
    void errorFallsLikeOneOverTheSquareRootOfTheWidth() {
        INDArray x = Cases.inputs(Seeds.random("07-ntk width sweep inputs"), 6, 3);

        WidthSweep.Result result = WidthSweep.run(RELU, x, new int[] {32, 64, 128, 256, 512}, new long[] {11, 12, 13, 14});

        assertThat(result.slope()).as("fitted slope of %s", java.util.Arrays.toString(result.meanRelativeErrors()))
                .isBetween(SLOPE_LOW, SLOPE_HIGH);
        assertThat(result.meanRelativeErrors()[4]).as("error at width 512").isLessThan(result.meanRelativeErrors()[0]);
    }

    @Test
    @Graded(points = 2, task = "width-sweep",
            hint = "meanRelativeErrors[k] is the mean over the seeds of ‖Θ_emp − Θ‖_F/‖Θ‖_F for a network initialize(architecture, d, widths[k], new SplittableRandom(seed)); slope is the least-squares slope of log(error) against log(width).")
    void reportsMeanRelativeFrobeniusErrorsAndTheirSlope() {
        SplittableRandom random = Seeds.random("07-ntk width sweep definition");
        Architecture architecture = new Architecture(2, 1.3, 0.4, Activation.ERF);
        INDArray x = Cases.inputs(random, 4, 2);
        int[] widths = {3, 8, 20};
        long[] seeds = {5, 6};

        WidthSweep.Result result = WidthSweep.run(architecture, x, widths, seeds);

        INDArray exact = AnalyticKernels.compute(architecture, x).ntk();
        double[] expected = new double[widths.length];
        double[] logW = new double[widths.length];
        double[] logE = new double[widths.length];
        for (int k = 0; k < widths.length; k++) {
            for (long seed : seeds) {
                INDArray empirical = EmpiricalNtk.kernel(
                        FullyConnectedNetwork.initialize(architecture, 2, widths[k], new SplittableRandom(seed)), x);
                expected[k] += empirical.distance2(exact) / exact.norm2Number().doubleValue() / seeds.length;
            }
            logW[k] = Math.log(widths[k]);
            logE[k] = Math.log(expected[k]);
        }
        assertThat(result.widths()).containsExactly(widths);
        assertThat(result.meanRelativeErrors()).containsExactly(expected, within(1e-12));
        double meanW = (logW[0] + logW[1] + logW[2]) / 3;
        double meanE = (logE[0] + logE[1] + logE[2]) / 3;
        double sxy = 0;
        double sxx = 0;
        for (int k = 0; k < 3; k++) {
            sxy += (logW[k] - meanW) * (logE[k] - meanE);
            sxx += (logW[k] - meanW) * (logW[k] - meanW);
        }
        assertThat(result.slope()).isCloseTo(sxy / sxx, within(1e-10));
    }
}
