package org.dlcourse.invariantntk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import java.util.List;
import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.Counterexample;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.Property;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Full-orbit augmentation equals the invariant kernel, exactly: kernel ridge regression with K on the augmented set
 * and ridge λ predicts what kernel ridge regression with K_G on the original set and ridge λ/|G| predicts.
 */
class AugmentationProperties {

    /** A regression problem: training images (degenerate kinds included), targets, test images and a ridge. */
    record Problem(INDArray images, INDArray targets, INDArray testImages, double ridge, Group group) {
    }

    Gen<Problem> problems() {
        return random -> {
            int side = random.nextInt(2, 5);
            INDArray images = Samples.structured(random, random.nextInt(1, 5), side);
            return new Problem(images, Samples.uniform(random, images.size(0)),
                    Samples.uniform(random, random.nextInt(1, 4), side, side),
                    Math.pow(10, random.nextDouble(-3, -0.5)), random.nextBoolean() ? Group.D4 : Group.C4);
        };
    }

    Gen<INDArray> batches() {
        return Samples.structuredBatches(3);
    }

    Gen<Group> groups() {
        return Gens.oneOf(Group.D4, Group.C4);
    }

    @Property(tries = 20)
    @Graded(points = 3, task = "augmentation",
            hint = "fullOrbits keeps EVERY element's copy g·x_n with target y_n, element-major like orbits (row e·N + n), |G|·N rows: an image fixed by some elements appears several times, and dropping the repeats changes its weight in the loss.")
    void fullOrbitsKeepEveryElement(@ForAll("batches") INDArray images, @ForAll("groups") Group group) {
        INDArray targets = Samples.ramp(images.size(0));
        TrainingSet augmented = Augmentation.fullOrbits(group,
                Counterexample.input("data", new TrainingSet(images, targets)));

        long n = images.size(0);
        assertThat(augmented.images()).hasShape(group.order() * n, images.size(1), images.size(2));
        for (int e = 0; e < group.order(); e++) {
            assertThat(augmented.images().get(NDArrayIndex.interval(e * n, (e + 1) * n)))
                    .isCloseTo(Oracle.act(Oracle.elements(group).get(e), images), Tolerance.absolute(0));
            assertThat(augmented.targets().get(NDArrayIndex.interval(e * n, (e + 1) * n)))
                    .isCloseTo(targets, Tolerance.absolute(0));
        }
    }

    @Property(tries = 10)
    @Graded(points = 5, task = "augmentation",
            hint = "Regression with K on the full-orbit augmented set and ridge λ equals regression with K_G on the original set and ridge λ/|G| (the augmented loss counts each image |G| times, so the invariant problem's ridge is λ/|G|, not λ). Keep repeated orbit elements.")
    void augmentationEqualsTheInvariantKernel(@ForAll("problems") Problem problem) {
        TrainingSet data = new TrainingSet(problem.images(), problem.targets());
        Kernel base = Samples.NETWORK.ntk();
        INDArray augmented = InvariantRegression.withAugmentation(base, problem.group(),
                Counterexample.input("data", data), Counterexample.input("testImages", problem.testImages()),
                problem.ridge());
        INDArray invariant = InvariantRegression.withInvariantKernel(base, problem.group(), data,
                problem.testImages(), problem.ridge());

        assertThat(augmented).hasShape(problem.testImages().size(0)).isAllFinite();
        assertThat(invariant).isCloseTo(augmented, Tolerance.absolute(solveRounding(problem)));
    }

    @Property(tries = 6)
    @Graded(points = 2, task = "augmentation",
            hint = "withInvariantKernel must predict with K_G = InvariantKernel.of(base, group), so its predictions are the same at x and at every g·x.")
    void invariantPredictorIsInvariant(@ForAll("problems") Problem problem) {
        TrainingSet data = new TrainingSet(problem.images(), problem.targets());
        Kernel base = Samples.NETWORK.ntk();
        INDArray predictions = InvariantRegression.withInvariantKernel(base, problem.group(),
                Counterexample.input("data", data), Counterexample.input("testImages", problem.testImages()),
                problem.ridge());
        for (Symmetry g : List.of(new Symmetry(1, false), new Symmetry(0, true))) {
            if (problem.group() == Group.C4 && g.mirrored()) {
                continue;
            }
            INDArray moved = InvariantRegression.withInvariantKernel(base, problem.group(), data,
                    Oracle.act(g, problem.testImages()), problem.ridge());
            assertThat(moved).as("predictions at %s·x", g)
                    .isCloseTo(predictions, Tolerance.absolute(solveRounding(problem)));
        }
    }

    /**
     * The rounding allowed between the two predictors, from the condition numbers of the two systems. A backward
     * stable solve of (K + λI)α = y (Cholesky) gives |δα| ≤ c·n·ε·κ·|α| with κ = λ_max/λ_min of K + λI, and
     * |α| ≤ |y|/λ_min; a prediction k*·α then moves by ≤ |k*|·|δα| (Golub and Van Loan, Matrix Computations, 4th ed.,
     * §3.5 and §4.2). K is positive semi-definite, so λ_min ≥ λ, and λ_max ≤ λ + max_i Σ_j |K_ij| (Gershgorin): the
     * bound below uses these, with c = 4 and the largest test row |k*|, summed over both systems.
     */
    static double solveRounding(Problem problem) {
        Kernel base = Samples.NETWORK.ntk();
        INDArray[] orbit = Oracle.elements(problem.group()).stream().map(g -> Oracle.act(g, problem.images()))
                .toArray(INDArray[]::new);
        double bound = systemRounding(base, Nd4j.concat(0, orbit), problem.testImages(), problem.ridge(),
                problem.targets(), problem.group().order());
        Kernel invariant = (a, b) -> Oracle.doubleSum(base, problem.group(), a, b);
        return bound + systemRounding(invariant, problem.images(), problem.testImages(),
                problem.ridge() / problem.group().order(), problem.targets(), 1);
    }

    private static double systemRounding(Kernel kernel, INDArray train, INDArray test, double ridge, INDArray targets,
            int copies) {
        int n = (int) train.size(0);
        double largestRowSum = kernel.matrix(train, train).norm1(1).maxNumber().doubleValue();
        double condition = (largestRowSum + ridge) / ridge;
        double targetNorm = Math.sqrt(copies) * targets.norm2Number().doubleValue();
        double testRow = kernel.matrix(test, train).norm2(1).maxNumber().doubleValue();
        return 4.0 * n * Math.ulp(1.0) * condition * testRow * targetNorm / ridge;
    }
}
