package org.dlcourse.sgd.bench;

import java.util.Locale;
import org.dlcourse.kit.data.FashionMnist;
import org.dlcourse.kit.data.Split;
import org.dlcourse.kit.data.ValidationSplit;
import org.dlcourse.kit.random.Seeds;
import org.dlcourse.sgd.LossCurveDiagnosis;
import org.dlcourse.sgd.LossHistory;
import org.dlcourse.sgd.MiniBatchTrainer;
import org.dlcourse.sgd.Sgd;
import org.dlcourse.sgd.SgdSettings;
import org.dlcourse.sgd.SoftmaxRegression;
import org.dlcourse.sgd.TrainingSettings;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The reference result of lecture 02, §6: softmax regression trained by the reference solution on 50,000
 * Fashion-MNIST training images (10,000 held out for validation), reporting after every epoch the losses, the
 * validation accuracy, the test accuracy and the elapsed time. Not a unit test: it takes minutes.
 *
 * <p>The settings are fixed in advance (not tuned on the test set): batch size, learning rate, momentum and epochs
 * from the arguments, default {@code 64 0.01 0.9 15}. Run from the repository root:
 * <pre>
 *   ./mvnw -q -o -f solutions/02-sgd/pom.xml exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=org.dlcourse.sgd.bench.ReferenceRun -Dexec.args="64 0.01 0.9 15"
 * </pre>
 */
public final class ReferenceRun {

    private ReferenceRun() {
    }

    public static void main(String[] args) {
        int batchSize = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        double learningRate = args.length > 1 ? Double.parseDouble(args[1]) : 0.01;
        double momentum = args.length > 2 ? Double.parseDouble(args[2]) : 0.9;
        int epochs = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        Split data = FashionMnist.load(DataType.FLOAT);
        ValidationSplit fit = data.validationSplit(10_000, Seeds.of("02-sgd/reference-run/validation"));
        SoftmaxRegression model = new SoftmaxRegression(FashionMnist.PIXELS, 10, DataType.FLOAT);
        Sgd optimizer = new Sgd(model.parameters(), SgdSettings.plain(learningRate).withMomentum(momentum));
        double[] train = new double[epochs + 1];
        double[] validation = new double[epochs + 1];
        train[0] = model.loss(fit.train());
        validation[0] = model.loss(fit.validation());
        System.out.printf(Locale.ROOT, "B = %d, lr = %s, momentum = %s; epoch 0: train %.4f validation %.4f%n",
                batchSize, learningRate, momentum, train[0], validation[0]);
        long start = System.nanoTime();
        for (int epoch = 1; epoch <= epochs; epoch++) {
            LossHistory history = MiniBatchTrainer.train(model, optimizer, fit.train(), fit.validation(),
                    new TrainingSettings(1, batchSize, Seeds.of("02-sgd/reference-run/epoch-" + epoch)));
            train[epoch] = history.train()[1];
            validation[epoch] = history.validation()[1];
            System.out.printf(Locale.ROOT, "epoch %2d: train %.4f validation %.4f, validation accuracy %.4f,"
                    + " test accuracy %.4f, %.1f s%n", epoch, train[epoch], validation[epoch],
                    model.accuracy(fit.validation()), model.accuracy(data.test()), (System.nanoTime() - start) / 1e9);
        }
        System.out.println("diagnosis: " + LossCurveDiagnosis.diagnose(new LossHistory(train, validation)));
    }
}
