package org.dlcourse.softmax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.Property;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Laws of the mean cross-entropy loss, for integer labels and for one-hot or soft targets. */
class CrossEntropyProperties {

    /** Means of ≤ 12 log-probabilities of magnitude ≤ ~2000: absolute rounding ≲ 1e-12. */
    private static final double LOSS = 1e-10;

    Gen<Batches.Labelled> labelled() {
        return Batches.labelled(Batches.logits(50));
    }

    Gen<Batches.Labelled> extremeLabelled() {
        return Batches.labelled(Batches.logits(1000));
    }

    Gen<Batches.Soft> soft() {
        return Batches.soft(Batches.logits(20));
    }

    Gen<Integer> classCounts() {
        return Gens.ints(1, 50);
    }

    Gen<Integer> batchSizes() {
        return Gens.ints(1, 20);
    }

    @Property(tries = 200)
    @Graded(points = 3, task = "cross-entropy",
            hint = "The loss is the batch MEAN of -log softmax(z_n)[y_n]: pick each row's own label (labels are 0-based) and divide by N.")
    void agreesWithTheDefinitionForLabels(@ForAll("labelled") Batches.Labelled batch) {
        double expected = SoftmaxOracle.crossEntropy(batch.logits().toDoubleMatrix(), batch.oneHot());

        assertThat(CrossEntropy.loss(batch.logits(), batch.labels())).isCloseTo(expected, within(LOSS));
    }

    @Property(tries = 100)
    @Graded(points = 2, task = "cross-entropy",
            hint = "loss(logits, labels) must equal loss(logits, oneHot(labels)): check the label indexing (0-based) in both.")
    void labelsAndOneHotTargetsAgree(@ForAll("labelled") Batches.Labelled batch) {
        INDArray targets = Nd4j.create(batch.oneHot());

        assertThat(CrossEntropy.loss(batch.logits(), targets))
                .isCloseTo(CrossEntropy.loss(batch.logits(), batch.labels()), within(LOSS));
    }

    @Property(tries = 100)
    @Graded(points = 2, task = "cross-entropy",
            hint = "With soft targets the loss is the batch mean of -sum_c Y_nc log softmax(z_n)_c: sum over the classes, then divide by N, not by N·C.")
    void agreesWithTheDefinitionForSoftTargets(@ForAll("soft") Batches.Soft batch) {
        double expected = SoftmaxOracle.crossEntropy(batch.logits().toDoubleMatrix(), batch.targets().toDoubleMatrix());

        assertThat(CrossEntropy.loss(batch.logits(), batch.targets())).isCloseTo(expected, within(LOSS));
    }

    @Property(tries = 100)
    @Graded(points = 1, task = "cross-entropy",
            hint = "Gibbs' inequality: cross-entropy is never below the entropy of the targets (and never negative).")
    void neverBelowTheEntropyOfTheTargets(@ForAll("soft") Batches.Soft batch) {
        double[][] y = batch.targets().toDoubleMatrix();
        double entropy = 0.0;
        for (double[] row : y) {
            for (double t : row) {
                entropy -= t > 0 ? t * Math.log(t) / y.length : 0.0;
            }
        }

        assertThat(CrossEntropy.loss(batch.logits(), batch.targets())).isGreaterThanOrEqualTo(entropy - LOSS);
    }

    @Property(tries = 50)
    @Graded(points = 2, task = "cross-entropy",
            hint = "At equal logits every class has probability 1/C, so the mean loss is ln C whatever the batch size: average, don't sum.")
    void equalLogitsCostLogOfTheClassCount(@ForAll("batchSizes") int n, @ForAll("classCounts") int classes) {
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = (i * 7) % classes;
        }

        assertThat(CrossEntropy.loss(Nd4j.zeros(DataType.DOUBLE, n, classes), labels)).isCloseTo(Math.log(classes), within(LOSS));
    }

    @Property(tries = 200)
    @Graded(points = 3, task = "cross-entropy",
            hint = "For logits like ±1000 the loss is large but finite: take -log-softmax (log-sum-exp), never the log of a softmax that underflowed to 0.")
    void finiteAndExactForExtremeLogits(@ForAll("extremeLabelled") Batches.Labelled batch) {
        double expected = SoftmaxOracle.crossEntropy(batch.logits().toDoubleMatrix(), batch.oneHot());

        double loss = CrossEntropy.loss(batch.logits(), batch.labels());

        assertThat(loss).isFinite().isCloseTo(expected, within(LOSS * Math.max(1.0, expected)));
    }
}
