package org.dlcourse.backprop.bench;

import java.util.Locale;
import java.util.SplittableRandom;
import org.dlcourse.backprop.MiniBatchSgd;
import org.dlcourse.backprop.Parameters;
import org.dlcourse.backprop.SgdSettings;
import org.dlcourse.backprop.TwoLayerNetwork;
import org.dlcourse.kit.data.FashionMnist;
import org.dlcourse.kit.data.Split;
import org.dlcourse.kit.random.Seeds;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The reference result of lecture 04, §9: a 784 → 100 → 10 ReLU network trained by the reference solution's
 * mini-batch SGD on all 60,000 Fashion-MNIST training images, reporting after every epoch the training loss, the
 * test accuracy on the 10,000 test images and the elapsed training time. It always trains for the whole epoch
 * budget (the test set does not choose when to stop) and then reports the first epoch whose test accuracy reached
 * the target (the MLP baseline 0.870 of Xiao et al. 2017) and the accuracy after the last epoch. Not a unit test: it
 * takes a minute or more.
 *
 * <p>The settings are fixed in advance (not tuned on the test set): batch size, learning rate, epoch budget and
 * target from the arguments, default {@code 64 0.1 30 0.87}; FLOAT, PyTorch's default initialization, no L2. The
 * test accuracy is evaluated outside the timed training. Run from the repository root:
 * <pre>
 *   ./mvnw -q -o -f solutions/04-backprop/pom.xml exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=org.dlcourse.backprop.bench.ReferenceRun -Dexec.args="64 0.1 30 0.87"
 * </pre>
 */
public final class ReferenceRun {

    private static final int HIDDEN = 100;

    private ReferenceRun() {
    }

    public static void main(String[] args) {
        int batchSize = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        double learningRate = args.length > 1 ? Double.parseDouble(args[1]) : 0.1;
        int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        double target = args.length > 3 ? Double.parseDouble(args[3]) : 0.87;
        Split data = FashionMnist.load(DataType.FLOAT);
        Parameters network = Parameters.initialize(FashionMnist.PIXELS, HIDDEN, 10, DataType.FLOAT,
                Seeds.random("04-backprop/reference-run/init"));
        SplittableRandom shuffles = Seeds.random("04-backprop/reference-run/shuffles");
        SgdSettings oneEpoch = new SgdSettings(learningRate, batchSize, 1, 0.0);
        System.out.printf(Locale.ROOT, "784 -> %d -> 10, B = %d, lr = %s, FLOAT, %d ND4J threads; epoch 0: test accuracy"
                + " %.4f%n", HIDDEN, batchSize, learningRate, Nd4j.getEnvironment().maxThreads(),
                TwoLayerNetwork.accuracy(network, data.test().images(), data.test().labels()));
        double trainingSeconds = 0.0;
        int firstReached = 0;
        double firstReachedSeconds = 0.0;
        double accuracy = Double.NaN;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long start = System.nanoTime();
            double loss = MiniBatchSgd.train(network, data.train().images(), data.train().labels(), oneEpoch,
                    shuffles)[0];
            trainingSeconds += (System.nanoTime() - start) / 1e9;
            accuracy = TwoLayerNetwork.accuracy(network, data.test().images(), data.test().labels());
            System.out.printf(Locale.ROOT, "epoch %2d: train loss %.4f, test accuracy %.4f, training time %.1f s%n",
                    epoch, loss, accuracy, trainingSeconds);
            if (firstReached == 0 && accuracy >= target) {
                firstReached = epoch;
                firstReachedSeconds = trainingSeconds;
            }
        }
        if (firstReached > 0) {
            System.out.printf(Locale.ROOT, "first reached %.3f after %d epochs, %.1f s of training%n", target,
                    firstReached, firstReachedSeconds);
        } else {
            System.out.printf(Locale.ROOT, "did not reach %.3f within %d epochs%n", target, epochs);
        }
        System.out.printf(Locale.ROOT, "after all %d epochs: test accuracy %.4f, %.1f s of training%n", epochs, accuracy,
                trainingSeconds);
    }
}
