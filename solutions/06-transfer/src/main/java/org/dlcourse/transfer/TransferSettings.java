package org.dlcourse.transfer;

/**
 * The optimizer settings of the transfer strategies. Given complete.
 *
 * @param headLearningRate     the lr of the new head, and of every parameter when training from scratch
 * @param backboneLearningRate the lr of the pretrained backbone when it is fine-tuned; usually smaller than the
 *                             head's, so that the pretrained features move little
 * @param momentum             μ ≥ 0, shared by all groups
 * @param weightDecay          wd ≥ 0, shared by all groups
 */
public record TransferSettings(double headLearningRate, double backboneLearningRate, double momentum,
        double weightDecay) {

    /** Checks that every value is finite and ≥ 0. */
    public TransferSettings {
        Checks.requireRate("the head learning rate", headLearningRate);
        Checks.requireRate("the backbone learning rate", backboneLearningRate);
        Checks.requireRate("the momentum", momentum);
        Checks.requireRate("the weight decay", weightDecay);
    }
}
