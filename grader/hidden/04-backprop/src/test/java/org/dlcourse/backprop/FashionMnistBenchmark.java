package org.dlcourse.backprop;

import java.util.SplittableRandom;
import org.dlcourse.kit.data.FashionMnist;
import org.dlcourse.kit.data.Split;
import org.dlcourse.kit.random.Seeds;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Instructor benchmark, not a test: trains the reference network 784 → 100 → 10 on the full Fashion-MNIST training
 * set in FLOAT and prints, per epoch, the wall time, the throughput (samples/s) and the test accuracy. The numbers of
 * lecture 04's "Performance" and "Fashion-MNIST" sections come from this main. Run from the module's test classpath:
 * {@code java -cp ... org.dlcourse.backprop.FashionMnistBenchmark [epochs] [batchSize] [learningRate]}.
 */
public final class FashionMnistBenchmark {

    private FashionMnistBenchmark() {
    }

    public static void main(String[] args) {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        double learningRate = args.length > 2 ? Double.parseDouble(args[2]) : 0.1;
        Split data = FashionMnist.load(DataType.FLOAT);
        Parameters parameters = Parameters.initialize(FashionMnist.PIXELS, 100, 10, DataType.FLOAT,
                Seeds.random("benchmark initialization"));
        SplittableRandom shuffles = Seeds.random("benchmark shuffles");
        SgdSettings oneEpoch = new SgdSettings(learningRate, batchSize, 1, 0.0);
        double total = 0;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long start = System.nanoTime();
            double loss = MiniBatchSgd.train(parameters, data.train().images(), data.train().labels(), oneEpoch, shuffles)[0];
            double seconds = (System.nanoTime() - start) / 1e9;
            total += seconds;
            double accuracy = TwoLayerNetwork.accuracy(parameters, data.test().images(), data.test().labels());
            System.out.printf("epoch %d: loss %.4f, %.2f s, %.0f samples/s, test accuracy %.4f, total %.1f s%n", epoch,
                    loss, seconds, data.train().size() / seconds, accuracy, total);
        }
    }
}
