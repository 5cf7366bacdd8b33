package org.dlcourse.lectures.transfer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.dlcourse.kit.charts.Charts;
import org.dlcourse.kit.random.RandomTensors;
import org.dlcourse.kit.random.Seeds;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Draws {@code 06-feature-distortion.png} (the OOD test error against the step) into a directory (default {@code lectures/figures}) and prints the numbers
 * lecture 06, §2 quotes: fine-tuning versus linear probing then fine-tuning (LP-FT) in the two-layer linear model of
 * Kumar, Raghunathan, Jones, Ma and Liang ("Fine-Tuning can Distort Pretrained Features and Underperform
 * Out-of-Distribution", ICLR 2022, §3).
 *
 * <p>The model is f(x) = vᵀBx with features B ∈ ℝ^{k×d} and head v ∈ ℝ^k, the truth y = v*ᵀB*x. The pretrained
 * features are B₀ = B* + noise; the in-distribution (ID) training inputs lie in an m-dimensional subspace S of ℝ^d
 * (their last d − m coordinates are 0), the out-of-distribution (OOD) test inputs are Gaussian in all of ℝ^d.
 * Full-batch gradient descent on the mean squared error ½·mean (vᵀBx − y)² changes B only by v·(rᵀX)/n, whose rows
 * lie in S: the directions outside S keep B₀'s features while those inside S are rotated to fit the head. Fine-tuning
 * from a random head changes B a lot in S, so features inside and outside S no longer agree and the OOD error grows;
 * LP-FT starts from the best head for B₀ and changes B little.
 */
public final class FeatureDistortion {

    static final int D = 20;
    static final int K = 4;
    static final int M = 8;
    static final int N = 200;
    static final double PRETRAINING_NOISE = 0.1;
    static final double LEARNING_RATE = 0.05;
    static final int STEPS = 1000;
    static final int PROBE_STEPS = 5000;

    private FeatureDistortion() {
    }

    public static void main(String[] args) throws IOException {
        Path figures = Path.of(args.length > 0 ? args[0] : "lectures/figures");
        SplittableRandom random = Seeds.random("06-transfer/feature-distortion");
        INDArray trueFeatures = RandomTensors.gaussian(random, K, D).divi(Math.sqrt(D));
        INDArray trueHead = RandomTensors.gaussian(random, K, 1);
        INDArray pretrained = trueFeatures.add(RandomTensors.gaussian(random, K, D).muli(PRETRAINING_NOISE / Math.sqrt(D)));
        INDArray idTrain = inDistribution(random, N);
        INDArray idTest = inDistribution(random, 2000);
        INDArray oodTest = RandomTensors.gaussian(random, 2000, D);
        INDArray yTrain = idTrain.mmul(trueFeatures.transpose()).mmul(trueHead);

        INDArray randomHead = RandomTensors.gaussian(random, K, 1).muli(0.1);
        INDArray probeHead = randomHead.dup();
        for (int step = 0; step < PROBE_STEPS; step++) {
            descend(pretrained, probeHead, idTrain, yTrain, false);
        }

        int points = STEPS / 10 + 1;
        double[] steps = new double[points];
        double[][] ood = new double[2][points];
        double[][] id = new double[2][points];
        double[] change = new double[2];
        INDArray[] starts = {randomHead, probeHead};
        for (int run = 0; run < 2; run++) {
            INDArray features = pretrained.dup();
            INDArray head = starts[run].dup();
            for (int step = 0; step <= STEPS; step++) {
                if (step % 10 == 0) {
                    steps[step / 10] = Math.max(step, 1);
                    id[run][step / 10] = error(features, head, trueFeatures, trueHead, idTest);
                    ood[run][step / 10] = error(features, head, trueFeatures, trueHead, oodTest);
                }
                if (step < STEPS) {
                    descend(features, head, idTrain, yTrain, true);
                }
            }
            change[run] = features.sub(pretrained).norm2Number().doubleValue() / pretrained.norm2Number().doubleValue();
        }
        double probeId = error(pretrained, probeHead, trueFeatures, trueHead, idTest);
        double probeOod = error(pretrained, probeHead, trueFeatures, trueHead, oodTest);
        System.out.printf(Locale.ROOT, "linear probe:           ID error %.5f, OOD error %.5f%n", probeId, probeOod);
        System.out.printf(Locale.ROOT, "fine-tuning:            ID error %.5f, OOD error %.5f, ‖B − B0‖/‖B0‖ = %.3f%n",
                id[0][points - 1], ood[0][points - 1], change[0]);
        System.out.printf(Locale.ROOT, "LP-FT:                  ID error %.5f, OOD error %.5f, ‖B − B0‖/‖B0‖ = %.3f%n",
                id[1][points - 1], ood[1][points - 1], change[1]);

        Path png = figures.resolve("06-feature-distortion.png");
        Charts.line("Fine-tuning distorts features outside the training subspace (Kumar et al. 2022)",
                "gradient-descent step (log scale)", "OOD test mean squared error (log scale)")
                .series("fine-tuning", steps, ood[0]).series("LP-FT", steps, ood[1])
                .series("linear probe", steps, constant(points, probeOod))
                .logX().logY().size(800, 560).savePng(png);
        System.out.println("wrote " + png.toAbsolutePath());
    }

    /** n Gaussian inputs whose last D − M coordinates are 0: the ID subspace S. */
    static INDArray inDistribution(SplittableRandom random, int n) {
        INDArray x = RandomTensors.gaussian(random, n, D);
        x.get(NDArrayIndex.all(), NDArrayIndex.interval(M, D)).assign(0.0);
        return x;
    }

    /**
     * One full-batch gradient step on ½·mean (vᵀBx − y)²: with r = XBᵀv − y, ∂/∂v = B·Xᵀr/n and ∂/∂B = v·(rᵀX)/n;
     * B moves only if {@code features} is true.
     */
    static void descend(INDArray features, INDArray head, INDArray x, INDArray y, boolean trainFeatures) {
        INDArray phi = x.mmul(features.transpose());
        INDArray residual = phi.mmul(head).subi(y).divi(x.rows());
        INDArray headGradient = phi.transpose().mmul(residual);
        if (trainFeatures) {
            INDArray featureGradient = head.mmul(residual.transpose().mmul(x));
            features.subi(featureGradient.muli(LEARNING_RATE));
        }
        head.subi(headGradient.muli(LEARNING_RATE));
    }

    /** mean (vᵀBx − v*ᵀB*x)² over the rows x of {@code inputs}. */
    static double error(INDArray features, INDArray head, INDArray trueFeatures, INDArray trueHead, INDArray inputs) {
        INDArray difference = inputs.mmul(features.transpose()).mmul(head)
                .subi(inputs.mmul(trueFeatures.transpose()).mmul(trueHead));
        return difference.mul(difference).meanNumber().doubleValue();
    }

    static double[] constant(int length, double value) {
        double[] values = new double[length];
        Arrays.fill(values, value);
        return values;
    }
}
