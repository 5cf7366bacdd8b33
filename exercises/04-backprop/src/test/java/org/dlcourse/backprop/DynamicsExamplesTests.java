package org.dlcourse.backprop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.dlcourse.kit.grading.Graded;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Public examples for the learning-dynamics part of exercise 04 (lecture 04, §10), small enough to check by hand.
 * The hidden tests check the same functions on many generated inputs: against independent formulas, under
 * relabelling and rescaling of the neurons, and with ties.
 */
class DynamicsExamplesTests {

    @Test
    @Graded(points = 1, task = "neurons", hint = "row j is [W1[j, ·], b1[j], W2[·, j]]")
    void neuronVectorsOfATinyNetwork() {
        Parameters network = new Parameters(Nd4j.create(new double[][] {{1, 2}, {3, 4}}), Nd4j.createFromArray(5.0, 6.0),
                Nd4j.create(new double[][] {{7, 8}, {9, 10}, {11, 12}}), Nd4j.createFromArray(0.0, 0.0, 0.0));

        double[][] neurons = NeuronGeometry.vectors(network);

        assertThat(neurons[0]).containsExactly(1, 2, 5, 7, 9, 11);
        assertThat(neurons[1]).containsExactly(3, 4, 6, 8, 10, 12);
        assertThat(NeuronGeometry.norms(new double[][] {{3, 4}, {0, 0}})).containsExactly(5, 0);
    }

    @Test
    @Graded(points = 1, task = "neurons", hint = "the angle between directions, in [0, π]")
    void anglesOfSimpleVectors() {
        assertThat(NeuronGeometry.angle(new double[] {1, 0}, new double[] {0, 2})).isCloseTo(Math.PI / 2,
                within(1e-15));
        assertThat(NeuronGeometry.angle(new double[] {1, 1}, new double[] {-3, -3})).isCloseTo(Math.PI, within(1e-15));
        assertThat(NeuronGeometry.angle(new double[] {2, 0}, new double[] {5, 5})).isCloseTo(Math.PI / 4,
                within(1e-15));
    }

    @Test
    @Graded(points = 1, task = "ranks", hint = "ties share the average of their ranks; ρ is the correlation of the ranks")
    void ranksAndSpearman() {
        assertThat(RankCorrelation.ranks(new double[] {3, 1, 3, 2})).containsExactly(3.5, 1, 3.5, 2);
        double[] x = {1, 2, 3, 4, 5};
        assertThat(RankCorrelation.spearman(x, new double[] {1, 8, 27, 64, 125})).isCloseTo(1.0, within(1e-15));
        assertThat(RankCorrelation.spearman(x, new double[] {5, 6, 7, 8, 7})).isCloseTo(0.8207826816681233,
                within(1e-12));
    }

    @Test
    @Graded(points = 1, task = "clustering", hint = "two groups of directions give two clusters")
    void twoObviousClusters() {
        double[][] neurons = {{1, 0.1}, {-2, 0}, {5, -0.2}, {-1, 0.1}};

        Clustering clustering = NeuronClustering.cluster(neurons, 2);

        int[] assignment = clustering.assignment();
        assertThat(assignment[0]).isEqualTo(assignment[2]).isNotEqualTo(assignment[1]);
        assertThat(assignment[1]).isEqualTo(assignment[3]);
        double[] distances = NeuronClustering.angularDistances(new double[][] {{1, 0}, {0, -1}, {1, 0}, {-1, 0}},
                clustering);
        assertThat(distances[0]).as("(1, 0) to the direction of (1, 0.1) and (5, −0.2)").isLessThan(0.05);
        assertThat(distances[1]).as("(0, −1) to the direction of (−2, 0) and (−1, 0.1)").isBetween(1.5, 1.65);
    }
}
