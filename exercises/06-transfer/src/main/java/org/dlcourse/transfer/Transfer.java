package org.dlcourse.transfer;


/**
 * The four ways of using a backbone pretrained on a source task for a target task with few labels (lecture 06):
 * linear probing, full fine-tuning, linear probing then fine-tuning (LP-FT; Kumar, Raghunathan, Jones, Ma, Liang,
 * "Fine-Tuning can Distort Pretrained Features and Underperform Out-of-Distribution", ICLR 2022) and training from
 * scratch.
 *
 * <p>Every strategy works on its own deep copy: the pretrained backbone or the probed network it is given is never
 * changed, neither now nor when the returned run is trained. A new head is {@link Network#newHead} of the backbone
 * with the strategy's seed. The optimizers are {@link GroupedSgd}s with the settings' momentum and weight decay and
 * the groups named {@code backbone} and {@code head} (or one group {@code all} from scratch).
 */
public final class Transfer {

    private Transfer() {
    }

    /**
     * Freezes {@code backbone} exactly: no parameter is trainable any more, and every batch norm is in eval mode,
     * so that its running statistics, which pretraining learned, stay as they are.
     */
    public static void freeze(Backbone backbone) {
        throw new UnsupportedOperationException("TODO: make every parameter of the backbone not trainable and put the backbone in eval mode (batch norm then uses and keeps its running statistics).");
    }

    /** Undoes {@link #freeze}: every parameter trainable, every batch norm in training mode. */
    public static void unfreeze(Backbone backbone) {
        throw new UnsupportedOperationException("TODO: make every parameter of the backbone trainable and put the backbone in training mode.");
    }

    /**
     * Linear probing: a frozen copy of {@code pretrained} with a new head for {@code classes} classes; only the
     * head learns. The optimizer is the same as fine-tuning's (groups {@code backbone} at the backbone learning rate
     * and {@code head} at the head learning rate): freezing alone must keep the backbone fixed, bit for bit.
     */
    public static TransferRun linearProbe(Backbone pretrained, int classes, TransferSettings settings, long seed) {
        throw new UnsupportedOperationException("TODO: copy the backbone, freeze the copy, give it a new head (Network.newHead with this seed), and build the two-group optimizer (backbone at the backbone lr, head at the head lr).");
    }

    /**
     * Full fine-tuning: a trainable copy of {@code pretrained} (training mode) with a new head; the backbone learns
     * at the backbone learning rate, the head at the head learning rate.
     */
    public static TransferRun fineTune(Backbone pretrained, int classes, TransferSettings settings, long seed) {
        throw new UnsupportedOperationException("TODO: copy the backbone, unfreeze the copy, give it a new head (Network.newHead with this seed), and build the two-group optimizer (backbone at the backbone lr, head at the head lr).");
    }

    /**
     * LP-FT, the second stage: fine-tunes a copy of the {@code probed} network (the network of a trained
     * {@link #linearProbe} run) with its backbone unfrozen, starting from the probe's head rather than a random
     * one; groups as in {@link #fineTune}.
     */
    public static TransferRun lpft(Network probed, TransferSettings settings) {
        throw new UnsupportedOperationException("TODO: copy the whole probed network (its head is the starting head), unfreeze the copy's backbone, and build the two-group optimizer (backbone at the backbone lr, head at the head lr).");
    }

    /**
     * Training from scratch: a new backbone {@code new Backbone(architecture, seed)} (training mode) with a new head
     * from the same seed; one group {@code all} at the head learning rate.
     */
    public static TransferRun scratch(Architecture architecture, int classes, TransferSettings settings, long seed) {
        throw new UnsupportedOperationException("TODO: build a fresh backbone from the architecture and the seed, a new head (Network.newHead with the same seed), and an optimizer with one group of all parameters at the head lr.");
    }

}
