package org.dlcourse.sgd;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.dlcourse.kit.data.Dataset;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Mini-batch SGD on a {@link SoftmaxRegression}: for every epoch, a fresh random order of the training samples
 * ({@link MiniBatches#shuffledIndices}), cut into mini-batches ({@link MiniBatches#batches}), one optimizer step
 * per batch with the gradient of the batch's mean loss (Robbins and Monro, 1951; Bottou, Curtis, Nocedal,
 * "Optimization methods for large-scale machine learning", SIAM Review 2018, §3; lecture 02, §2).
 *
 * <p>Seeded: one {@link SplittableRandom} made from {@link TrainingSettings#seed()} draws every epoch's order in
 * turn, so the same seed gives the same batches and the same run, and every epoch gets a new order.
 */
public final class MiniBatchTrainer {

    private MiniBatchTrainer() {
    }

    /** {@link #train(SoftmaxRegression, Sgd, Dataset, Dataset, TrainingSettings, BatchObserver)} without observer. */
    public static LossHistory train(SoftmaxRegression model, Sgd optimizer, Dataset train, Dataset validation,
            TrainingSettings settings) {
        return train(model, optimizer, train, validation, settings, BatchObserver.NONE);
    }

    /**
     * Trains {@code model} in place and returns its loss curves.
     *
     * <p>Before the first epoch, and after every epoch, records the mean loss over the whole training set and over
     * the whole validation set. Each epoch draws a new order of the n training samples from the run's generator,
     * cuts it into batches of {@code settings.batchSize()} (the last one possibly smaller), and for each batch, in
     * order, computes the model's gradients on exactly that batch's images and labels, takes one optimizer step,
     * and then tells {@code observer} the epoch and the batch's sample indices.
     *
     * @param model      the model to train; its parameters must be those of {@code optimizer}
     * @param optimizer  the optimizer, created on {@code model.parameters()}
     * @param train      the training samples, with the model's features, classes and data type
     * @param validation the validation samples, never trained on
     * @param settings   epochs, batch size and seed
     * @param observer   told about every batch after its step
     * @return the losses before training and after each epoch, {@code settings.epochs() + 1} entries
     */
    public static LossHistory train(SoftmaxRegression model, Sgd optimizer, Dataset train, Dataset validation,
            TrainingSettings settings, BatchObserver observer) {
        if (model == null || optimizer == null || train == null || validation == null || settings == null
                || observer == null) {
            throw new IllegalArgumentException("model, optimizer, data, settings and observer must not be null");
        }
        List<INDArray> optimized = optimizer.parameters();
        List<INDArray> own = model.parameters();
        if (optimized.size() != own.size()
                || IntStream.range(0, own.size()).anyMatch(i -> optimized.get(i) != own.get(i))) {
            throw new IllegalArgumentException("the optimizer must be created on model.parameters()");
        }
        for (Dataset data : new Dataset[] {train, validation}) {
            if (data.features() != model.features() || data.classNames().size() != model.classes()
                    || data.images().dataType() != model.dataType()) {
                throw new IllegalArgumentException("the model takes " + model.features() + " " + model.dataType()
                        + " features and " + model.classes() + " classes, but a data set is " + data);
            }
        }
        throw new UnsupportedOperationException("TODO: record the losses before training; then each epoch: shuffle with one generator seeded once, cut into batches (last one kept), step on each batch's rows, tell the observer, and record the losses after the epoch.");
    }
}
