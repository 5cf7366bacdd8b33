package org.dlcourse.sgd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.Property;

/** The diagnosis of generated loss curves of every kind (see {@link Curves} for the shapes and their margins). */
class DiagnosisProperties {

    Gen<Curves.Curve> healthy() {
        return Curves.of(Curves.Kind.HEALTHY);
    }

    Gen<Curves.Curve> tooSlow() {
        return Curves.of(Curves.Kind.TOO_SLOW);
    }

    Gen<Curves.Curve> flat() {
        return Curves.of(Curves.Kind.FLAT);
    }

    Gen<Curves.Curve> overfitting() {
        return Curves.of(Curves.Kind.OVERFITTING);
    }

    Gen<Curves.Curve> exploding() {
        return Curves.of(Curves.Kind.EXPLODING);
    }

    Gen<Curves.Curve> rising() {
        return Curves.of(Curves.Kind.RISING);
    }

    Gen<Curves.Curve> blowingUp() {
        return Curves.of(Curves.Kind.BLOW_UP);
    }

    Gen<Curves.Curve> spiking() {
        return Curves.of(Curves.Kind.SPIKE);
    }

    Gen<Curves.Curve> any() {
        return Curves.any();
    }

    Gen<Double> scales() {
        return Gens.doubles(1e-3, 1e3);
    }

    Gen<Integer> positions() {
        return Gens.ints(0, 1000);
    }

    private static Diagnosis diagnose(Curves.Curve curve) {
        return LossCurveDiagnosis.diagnose(curve.history());
    }

    @Property(tries = 200)
    @Graded(points = 2, task = "diagnosis",
            hint = "A training loss that fell a lot and levelled off (the second half brought less than a quarter of the decrease), with a validation loss that did not turn up, is HEALTHY.")
    void levelledOffCurvesAreHealthy(@ForAll("healthy") Curves.Curve curve) {
        assertThat(diagnose(curve)).isEqualTo(Diagnosis.HEALTHY);
    }

    @Property(tries = 200)
    @Graded(points = 2, task = "diagnosis",
            hint = "A training loss still falling at a steady rate at the end (the second half brought at least STILL_FALLING of the decrease, measured with window means) is LR_TOO_LOW.")
    void steadilyFallingCurvesHaveTooLowALearningRate(@ForAll("tooSlow") Curves.Curve curve) {
        assertThat(diagnose(curve)).isEqualTo(Diagnosis.LR_TOO_LOW);
    }

    @Property(tries = 200)
    @Graded(points = 2, task = "diagnosis",
            hint = "A training loss that changed by at most MIN_PROGRESS of its start (up or down, with noise) is NOT_LEARNING.")
    void flatCurvesAreNotLearning(@ForAll("flat") Curves.Curve curve) {
        assertThat(diagnose(curve)).isEqualTo(Diagnosis.NOT_LEARNING);
    }

    @Property(tries = 200)
    @Graded(points = 2, task = "diagnosis",
            hint = "A validation loss whose last window ends more than OVERFIT_RISE above its minimum, while the training loss falls, is OVERFITTING; this rule comes before the learning-rate rule.")
    void validationTurningUpIsOverfitting(@ForAll("overfitting") Curves.Curve curve) {
        assertThat(diagnose(curve)).isEqualTo(Diagnosis.OVERFITTING);
    }

    @Property(tries = 200)
    @Graded(points = 2, task = "diagnosis",
            hint = "A training loss that grows exponentially is DIVERGING: some entry exceeds the smallest loss before it by more than the factor 1 + GROWTH.")
    void explodingCurvesAreDiverging(@ForAll("exploding") Curves.Curve curve) {
        assertThat(diagnose(curve)).isEqualTo(Diagnosis.DIVERGING);
    }

    @Property(tries = 100)
    @Graded(points = 1, task = "diagnosis",
            hint = "A training loss that rises steadily from the start, as gradient ASCENT makes it, is DIVERGING.")
    void steadilyRisingCurvesAreDiverging(@ForAll("rising") Curves.Curve curve) {
        assertThat(diagnose(curve)).isEqualTo(Diagnosis.DIVERGING);
    }

    @Property(tries = 200)
    @Graded(points = 1, task = "diagnosis",
            hint = "A training loss that first fell and then blew up is DIVERGING, even if it ends below where it started: compare every entry with the smallest loss BEFORE it, not with the first.")
    void curvesBlowingUpAfterProgressAreDiverging(@ForAll("blowingUp") Curves.Curve curve) {
        assertThat(diagnose(curve)).isEqualTo(Diagnosis.DIVERGING);
    }

    @Property(tries = 200)
    @Graded(points = 1, task = "diagnosis",
            hint = "A training loss that spikes once by more than GROWTH above the smallest loss before it (a learning rate on the edge of stability) is DIVERGING, even if it recovers afterwards.")
    void spikingCurvesAreDiverging(@ForAll("spiking") Curves.Curve curve) {
        assertThat(diagnose(curve)).isEqualTo(Diagnosis.DIVERGING);
    }

    @Property(tries = 100)
    @Graded(points = 1, task = "diagnosis",
            hint = "A NaN or an infinite loss anywhere, in the training OR the validation curve, means the run DIVERGED: check for non-finite values before anything else.")
    void nonFiniteLossesMeanDiverging(@ForAll("any") Curves.Curve curve, @ForAll("positions") int position,
            @ForAll("positions") int which) {
        LossHistory history = curve.history();
        double[] train = history.train();
        double[] validation = history.validation();
        double[] spoiled = which % 2 == 0 ? train : validation;
        spoiled[position % spoiled.length] = which % 4 < 2 ? Double.NaN : Double.POSITIVE_INFINITY;

        assertThat(LossCurveDiagnosis.diagnose(new LossHistory(train, validation))).isEqualTo(Diagnosis.DIVERGING);
    }

    @Property(tries = 200)
    @Graded(points = 1, task = "diagnosis",
            hint = "The rules compare losses of one curve with each other (ratios), so multiplying a curve by a positive constant must not change the diagnosis: no absolute thresholds.")
    void theDiagnosisDoesNotDependOnTheScaleOfTheLosses(@ForAll("any") Curves.Curve curve,
            @ForAll("scales") double trainScale, @ForAll("scales") double validationScale) {
        LossHistory history = curve.history();
        LossHistory scaled = new LossHistory(Arrays.stream(history.train()).map(t -> t * trainScale).toArray(),
                Arrays.stream(history.validation()).map(v -> v * validationScale).toArray());

        assertThat(LossCurveDiagnosis.diagnose(scaled)).isEqualTo(LossCurveDiagnosis.diagnose(history));
    }
}
