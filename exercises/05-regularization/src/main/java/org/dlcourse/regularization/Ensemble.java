package org.dlcourse.regularization;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An ensemble that averages its members' predicted probabilities, p(x) = (1/K)·Σ_k p_k(x) (Hastie, Tibshirani,
 * Friedman, The Elements of Statistical Learning, 2nd ed., §8.7–8.8; Goodfellow, Bengio, Courville, Deep Learning,
 * §7.11 "Bagging and other ensemble methods"). {@link #crossValidated} builds the K-model ensemble of a K-fold split:
 * member k is trained on the training samples of fold k.
 */
public final class Ensemble implements Classifier {

    private final List<Classifier> members;

    /**
     * The ensemble of {@code members}.
     *
     * @param members at least one classifier
     */
    public Ensemble(List<? extends Classifier> members) {
        if (members == null || members.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one member");
        }
        for (int i = 0; i < members.size(); i++) {
            Checks.requireNonNull("members[" + i + "]", members.get(i));
        }
        this.members = List.copyOf(members);
    }

    /** The members, in order. */
    public List<Classifier> members() {
        return members;
    }

    /**
     * The K-model ensemble of the K-fold split of {@code order}: one member per fold of {@link KFold#split(int[], int)},
     * in fold order, each trained by {@code trainer} on that fold.
     */
    public static Ensemble crossValidated(int[] order, int k, FoldTrainer trainer) {
        Checks.requireNonNull("trainer", trainer);
        List<Fold> folds = KFold.split(order, k);
        throw new UnsupportedOperationException("TODO: train one member per fold, in fold order, and return their ensemble.");
    }

    /** The mean of the members' probabilities, a new n×C array. */
    @Override
    public INDArray probabilities(INDArray x) {
        throw new UnsupportedOperationException("TODO: sum every member's probabilities for x and divide by the number of members.");
    }
}
