package org.dlcourse.regularization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.Property;

/** Laws of K-fold splits: the validation sets partition the samples, sizes differ by at most 1, train = the rest. */
class KFoldProperties {

    /** (n, K) with 2 ≤ K ≤ n ≤ 200. */
    record Sizes(int n, int k) {
    }

    Gen<Sizes> sizes() {
        return Gens.zip(Gens.ints(2, 200), Gens.ints(2, 200), (n, k) -> new Sizes(n, Math.min(k, n)), Sizes::n,
                Sizes::k);
    }

    Gen<int[]> orders() {
        return Gens.permutations(2, 120);
    }

    Gen<Integer> foldCounts() {
        return Gens.ints(2, 12);
    }

    @Property(tries = 200)
    @Graded(points = 3, task = "k-fold",
            hint = "The validation sets of the K folds must be disjoint and together hold every one of the n samples exactly once; with fold sizes n / k the last n % k samples are never used.")
    void validationSetsPartitionTheSamples(@ForAll("sizes") Sizes sizes) {
        List<Fold> folds = KFold.split(sizes.n(), sizes.k());

        assertThat(folds).as("folds").hasSize(sizes.k());
        int[] all = folds.stream().flatMapToInt(fold -> Arrays.stream(fold.validation())).sorted().toArray();
        assertThat(all).as("the validation sets together, sorted").isEqualTo(IntStream.range(0, sizes.n()).toArray());
    }

    @Property(tries = 200)
    @Graded(points = 2, task = "k-fold",
            hint = "Fold sizes must differ by at most 1: the first n % k folds get n / k + 1 samples, the others n / k, each a consecutive chunk (scikit-learn's KFold).")
    void foldSizesDifferByAtMostOne(@ForAll("sizes") Sizes sizes) {
        List<Fold> folds = KFold.split(sizes.n(), sizes.k());

        int start = 0;
        for (int f = 0; f < folds.size(); f++) {
            int size = sizes.n() / sizes.k() + (f < sizes.n() % sizes.k() ? 1 : 0);
            assertThat(folds.get(f).validation()).as("validation set of fold %d", f)
                    .isEqualTo(IntStream.range(start, start + size).toArray());
            start += size;
        }
    }

    @Property(tries = 200)
    @Graded(points = 2, task = "k-fold",
            hint = "The training set of a fold is every sample not in its validation set, in the given order: train and validation are disjoint and together all n samples.")
    void trainingSetIsTheComplementOfTheValidationSet(@ForAll("orders") int[] order, @ForAll("foldCounts") int k) {
        int folds = Math.min(k, order.length);
        for (Fold fold : KFold.split(order, folds)) {
            int[] validation = fold.validation();
            int[] expectedTrain = Arrays.stream(order)
                    .filter(i -> Arrays.stream(validation).noneMatch(v -> v == i)).toArray();

            assertThat(fold.train()).as("train of the fold validating on %s", Arrays.toString(validation))
                    .isEqualTo(expectedTrain);
        }
    }

    @Property(tries = 100)
    @Graded(points = 1, task = "k-fold",
            hint = "split(order, k) must cut the given order (e.g. a shuffled one) into consecutive chunks, not the sorted indices 0..n-1.")
    void splitFollowsTheGivenOrder(@ForAll("orders") int[] order, @ForAll("foldCounts") int k) {
        int folds = Math.min(k, order.length);
        int[] concatenated = KFold.split(order, folds).stream()
                .flatMapToInt(fold -> Arrays.stream(fold.validation())).toArray();

        assertThat(concatenated).as("the validation sets concatenated in fold order").isEqualTo(order);
    }
}
