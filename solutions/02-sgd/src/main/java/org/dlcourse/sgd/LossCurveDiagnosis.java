package org.dlcourse.sgd;

/**
 * Labels a training run from its loss curves, the way one reads them by eye (CS231n, "Neural Networks Part 3:
 * babysitting the learning process"; lecture 02, §4), with explicit thresholds.
 *
 * <p>Notation, for a curve c of T ≥ 2 entries c_0 … c_{T−1}: the window w = max(1, ⌊T/10⌋); first(c) the mean of
 * the first w entries, last(c) the mean of the last w entries, middle(c) the mean of the w entries starting at
 * ⌊(T − w)/2⌋; min(c) the smallest entry. Averaging over a window keeps one noisy entry from deciding. With train t and
 * validation v, the first rule that applies gives the label:
 * <ol>
 *   <li>{@link Diagnosis#DIVERGING} if an entry of t or v is NaN or infinite, or some training loss exceeds
 *       the smallest one before it by more than a factor 1 + {@value #GROWTH}: t_k &gt; (1 + {@value #GROWTH})·
 *       min(t_0, …, t_{k−1}) for some k ≥ 1 (the loss grew, spiked, or blew up after reaching its best);</li>
 *   <li>{@link Diagnosis#NOT_LEARNING} if first(t) − last(t) ≤ {@value #MIN_PROGRESS}·first(t);</li>
 *   <li>{@link Diagnosis#OVERFITTING} if last(v) &gt; (1 + {@value #OVERFIT_RISE})·min(v);</li>
 *   <li>{@link Diagnosis#LR_TOO_LOW} if middle(t) − last(t) ≥ {@value #STILL_FALLING}·(first(t) − last(t)):
 *       the second half still brought at least a quarter of the whole decrease;</li>
 *   <li>{@link Diagnosis#HEALTHY} otherwise.</li>
 * </ol>
 * Every rule compares losses of one curve with each other, so the label does not change when a curve is
 * multiplied by a positive constant. Why these values: lecture 02, §4 (a curve that decays exponentially and
 * has levelled off by the end brings well under a tenth of its decrease in the second half; a straight line
 * brings half).
 */
public final class LossCurveDiagnosis {

    /** Relative rise of a training loss above the smallest one before it beyond which a run diverges. */
    public static final double GROWTH = 0.10;

    /** Smallest relative decrease of the training loss that counts as learning. */
    public static final double MIN_PROGRESS = 0.02;

    /** Relative rise of the final validation loss above its minimum that counts as overfitting. */
    public static final double OVERFIT_RISE = 0.10;

    /** Smallest share of the whole decrease made in the second half for a curve that is still falling. */
    public static final double STILL_FALLING = 0.25;

    private LossCurveDiagnosis() {
    }

    /** The window w = max(1, ⌊T/10⌋) of a curve of T entries. */
    public static int window(int length) {
        return Math.max(1, length / 10);
    }

    /**
     * The diagnosis of a run by the rules of the class comment.
     *
     * @param history training and validation losses of at least two entries each
     * @return the first label whose rule applies
     */
    public static Diagnosis diagnose(LossHistory history) {
        if (history == null || history.length() < 2) {
            throw new IllegalArgumentException("a diagnosis needs curves of at least two entries");
        }
        // BEGIN SOLUTION: apply the rules of the class comment in order (DIVERGING, NOT_LEARNING, OVERFITTING, LR_TOO_LOW, HEALTHY), with window means first/middle/last and the named thresholds.
        double[] train = history.train();
        double[] validation = history.validation();
        int length = train.length;
        int w = window(length);
        if (!allFinite(train) || !allFinite(validation)) {
            return Diagnosis.DIVERGING;
        }
        double best = train[0];
        for (int k = 1; k < length; k++) {
            if (train[k] > (1 + GROWTH) * best) {
                return Diagnosis.DIVERGING;
            }
            best = Math.min(best, train[k]);
        }
        double first = mean(train, 0, w);
        double middle = mean(train, (length - w) / 2, w);
        double last = mean(train, length - w, w);
        if (first - last <= MIN_PROGRESS * first) {
            return Diagnosis.NOT_LEARNING;
        }
        if (mean(validation, length - w, w) > (1 + OVERFIT_RISE) * minimum(validation)) {
            return Diagnosis.OVERFITTING;
        }
        if (middle - last >= STILL_FALLING * (first - last)) {
            return Diagnosis.LR_TOO_LOW;
        }
        return Diagnosis.HEALTHY;
        // END SOLUTION
    }

    // BEGIN SOLUTION
    private static boolean allFinite(double[] values) {
        for (double value : values) {
            if (!Double.isFinite(value)) {
                return false;
            }
        }
        return true;
    }

    private static double mean(double[] values, int from, int count) {
        double sum = 0.0;
        for (int i = from; i < from + count; i++) {
            sum += values[i];
        }
        return sum / count;
    }

    private static double minimum(double[] values) {
        double min = values[0];
        for (double value : values) {
            min = Math.min(min, value);
        }
        return min;
    }
    // END SOLUTION
}
