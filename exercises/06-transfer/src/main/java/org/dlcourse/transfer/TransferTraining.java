package org.dlcourse.transfer;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The mini-batch training loop of a {@link TransferRun} on the target data. */
public final class TransferTraining {

    private TransferTraining() {
    }

    /**
     * Trains {@code run} for {@code epochs} epochs of mini-batch SGD on (x, labels).
     *
     * <p>Modes: the backbone is in training mode only if it is not frozen ({@link Backbone#isFrozen()}); a frozen
     * backbone runs in eval mode, so its batch norms neither normalise with batch statistics nor move their running
     * statistics (PyTorch's {@code model.train()} followed by {@code model.backbone.eval()}).
     *
     * <p>Order: one {@code SplittableRandom(seed)} for the whole run; every epoch draws
     * {@link Shuffling#permutation}(n, random) and cuts it into consecutive batches of {@code batchSize} rows, the
     * last one possibly smaller. Each batch: {@link Network#lossAndGradients}, then {@link GroupedSgd#step()}.
     *
     * @return the mean training loss of every epoch, the batch losses weighted by their batch sizes
     */
    public static double[] train(TransferRun run, INDArray x, int[] labels, int epochs, int batchSize, long seed) {
        Network network = run.network();
        Checks.requireMatrix("x", x, network.backbone().architecture().inputs());
        Checks.requireLabels(labels, x.rows(), network.classes());
        Checks.requirePositive("epochs", epochs);
        Checks.requirePositive("the batch size", batchSize);
        throw new UnsupportedOperationException("TODO: put the backbone in training mode only if it is not frozen (eval mode if it is); then for every epoch shuffle with Shuffling.permutation from one SplittableRandom(seed), and for every batch compute lossAndGradients and step the optimizer; return each epoch's sample-weighted mean loss.");
    }
}
