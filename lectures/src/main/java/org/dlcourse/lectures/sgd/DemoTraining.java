package org.dlcourse.lectures.sgd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.dlcourse.kit.data.Dataset;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.custom.LogSoftMax;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.SgdUpdater;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The least training loop the figures need: softmax regression from zero weights, plain mini-batch SGD with ND4J's
 * own updater, a Fisher–Yates order per epoch, and the mean training and validation losses before training and
 * after every epoch. Exercise 02 asks for the full version (momentum, Nesterov, weight decay, an observer).
 */
final class DemoTraining {

    private DemoTraining() {
    }

    /** Loss curves {train, validation}, each {@code epochs + 1} long, of a run from W = 0, b = 0. */
    static double[][] run(Dataset train, Dataset validation, double learningRate, int batchSize, int epochs,
            long seed) {
        int classes = train.classNames().size();
        INDArray weights = Nd4j.zeros(train.images().dataType(), train.features(), classes);
        INDArray bias = Nd4j.zeros(train.images().dataType(), 1, classes);
        SgdUpdater updater = new SgdUpdater(new Sgd(learningRate));
        SplittableRandom random = new SplittableRandom(seed);
        double[][] curves = new double[2][epochs + 1];
        for (int epoch = 0; epoch <= epochs; epoch++) {
            if (epoch > 0) {
                int[] order = shuffled(train.size(), random);
                for (int start = 0; start < order.length; start += batchSize) {
                    int[] batch = Arrays.copyOfRange(order, start, Math.min(start + batchSize, order.length));
                    INDArray x = Nd4j.pullRows(train.images(), 1, batch);
                    INDArray g = probabilities(x, weights, bias).subi(oneHot(train.labels(), batch, classes, x))
                            .divi(batch.length);
                    INDArray gradientW = x.transpose().mmul(g);
                    INDArray gradientB = g.sum(true, 0);
                    updater.applyUpdater(gradientW, 0, 0);
                    updater.applyUpdater(gradientB, 0, 0);
                    weights.subi(gradientW);
                    bias.subi(gradientB);
                }
            }
            curves[0][epoch] = loss(train, weights, bias);
            curves[1][epoch] = loss(validation, weights, bias);
        }
        return curves;
    }

    static double loss(Dataset data, INDArray weights, INDArray bias) {
        INDArray logits = data.images().mmul(weights).addiRowVector(bias);
        INDArray logP = Nd4j.exec(new LogSoftMax(logits))[0];
        double sum = 0.0;
        for (int n = 0; n < data.size(); n++) {
            sum -= logP.getDouble(n, data.labels()[n]);
        }
        return sum / data.size();
    }

    private static INDArray probabilities(INDArray x, INDArray weights, INDArray bias) {
        return Transforms.softmax(x.mmul(weights).addiRowVector(bias), false);
    }

    private static INDArray oneHot(int[] labels, int[] batch, int classes, INDArray like) {
        INDArray y = Nd4j.zeros(like.dataType(), batch.length, classes);
        for (int i = 0; i < batch.length; i++) {
            y.putScalar(i, labels[batch[i]], 1.0);
        }
        return y;
    }

    /** A random order of 0..n−1 by the JDK's shuffle: writing the Fisher–Yates shuffle is exercise 02's task. */
    private static int[] shuffled(int n, SplittableRandom random) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        Collections.shuffle(order, new Random(random.nextLong()));
        return order.stream().mapToInt(Integer::intValue).toArray();
    }
}
