package org.dlcourse.regularization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.Counterexample;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.Property;
import org.dlcourse.kit.random.RandomTensors;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The K-model ensemble: the mean of the members' probabilities, one member trained per fold of the K-fold split. */
class EnsembleProperties {

    /** A mean of at most 6 numbers in [0, 1]: exact to a few ulps. */
    private static final Tolerance MEAN = Tolerance.of(1e-14, 1e-14);

    Gen<Integer> memberCounts() {
        return Gens.ints(1, 6);
    }

    Gen<Long> seeds() {
        return Gens.longs(0, Long.MAX_VALUE);
    }

    Gen<int[]> orders() {
        return Gens.permutations(2, 60);
    }

    @Property(tries = 20)
    @Graded(points = 2, task = "k-fold",
            hint = "The ensemble's probabilities are the arithmetic mean of its members' probabilities: sum them and divide by the number of members (not by K - 1, not only the last member).")
    void probabilitiesAreTheMembersMean(@ForAll("memberCounts") int k, @ForAll("seeds") long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        INDArray x = RandomTensors.gaussian(random, 3, 2);
        List<Classifier> members = new ArrayList<>();
        INDArray expected = null;
        for (int m = 0; m < k; m++) {
            INDArray p = RandomTensors.uniform(random, 0.0, 1.0, 3, 4);
            p.diviColumnVector(p.sum(true, 1));
            members.add(Counterexample.input("member", input -> p.dup()));
            Counterexample.input("probabilitiesOfMember", p);
            expected = expected == null ? p.dup() : expected.add(p);
        }

        assertThat(new Ensemble(members).probabilities(Counterexample.input("x", x))).isCloseTo(expected.div(k), MEAN);
    }

    @Property(tries = 20)
    @Graded(points = 2, task = "k-fold",
            hint = "crossValidated(order, k, trainer) must train exactly one member per fold of KFold.split(order, k), in fold order, and average all of them.")
    void crossValidatedTrainsOneMemberPerFold(@ForAll("orders") int[] order, @ForAll("memberCounts") int count) {
        int k = Math.min(order.length, count + 1);
        List<Fold> trainedOn = new ArrayList<>();

        Ensemble ensemble = Ensemble.crossValidated(order, k, fold -> {
            trainedOn.add(fold);
            int member = trainedOn.size();
            return input -> RandomTensors.oneHot(new int[] {member % 3}, 3);
        });

        List<Fold> folds = KFold.split(order, k);
        assertThat(trainedOn).as("folds the members were trained on").hasSize(k);
        for (int f = 0; f < k; f++) {
            assertThat(trainedOn.get(f).train()).as("train set of member %d", f).isEqualTo(folds.get(f).train());
            assertThat(trainedOn.get(f).validation()).as("validation set of member %d", f)
                    .isEqualTo(folds.get(f).validation());
        }
        assertThat(ensemble.members()).as("members").hasSize(k);
        double[] votes = new double[3];
        for (int member = 1; member <= k; member++) {
            votes[member % 3] += 1.0 / k;
        }
        assertThat(ensemble.probabilities(null)).isCloseTo(new double[][] {votes}, MEAN);
    }
}
