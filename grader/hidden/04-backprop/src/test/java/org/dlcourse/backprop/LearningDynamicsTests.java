package org.dlcourse.backprop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Property;
import org.junit.jupiter.api.Test;

/**
 * The race statistic and the angular distances of lecture 04, §10 against the oracle on generated neurons, a
 * worked example of the race, and the undefined cases (a cluster of one, a zero vector).
 */
class LearningDynamicsTests {

    /** Angles through the oracle's arccos: see {@link DynamicsProperties}. */
    private static final double ANGLES = 1e-7;

    /** Random initial and trained neurons, and an arbitrary clustering of them with random unit directions. */
    record RaceCase(double[][] initial, double[][] trained, Clustering clustering) {
    }

    Gen<RaceCase> races() {
        return new Gen<>() {
            @Override
            public RaceCase sample(SplittableRandom random) {
                int dimensions = 2 + random.nextInt(8);
                int clusters = 1 + random.nextInt(3);
                int n = clusters + 2 + random.nextInt(25);
                double[][] initial = new double[n][];
                double[][] trained = new double[n][];
                int[] assignment = new int[n];
                for (int j = 0; j < n; j++) {
                    initial[j] = DynamicsCases.nonzero(random, dimensions);
                    trained[j] = DynamicsCases.nonzero(random, dimensions);
                    assignment[j] = j < clusters ? j : random.nextInt(clusters);
                }
                double[][] directions = new double[clusters][];
                for (int m = 0; m < clusters; m++) {
                    directions[m] = DynamicsCases.unit(DynamicsCases.nonzero(random, dimensions));
                }
                return new RaceCase(initial, trained, new Clustering(assignment, directions));
            }

            @Override
            public String show(RaceCase value) {
                return "initial = " + Arrays.deepToString(value.initial()) + ", trained = "
                        + Arrays.deepToString(value.trained()) + ", assignment = "
                        + Arrays.toString(value.clustering().assignment()) + ", directions = "
                        + Arrays.deepToString(value.clustering().directions());
            }
        };
    }

    @Property(tries = 40)
    @Graded(points = 1, task = "clustering",
            hint = "NeuronClustering.angularDistances: for neuron j the angle to directions[assignment[j]], the direction of its OWN cluster.")
    void angularDistancesAreAnglesToTheOwnClusterDirection(@ForAll("races") RaceCase race) {
        double[] distances = NeuronClustering.angularDistances(race.initial(), race.clustering());

        assertThat(distances).hasSize(race.initial().length);
        for (int j = 0; j < distances.length; j++) {
            double[] own = race.clustering().directions()[race.clustering().assignment()[j]];
            assertThat(distances[j]).as("neuron %d", j).isCloseTo(DynamicsOracle.angle(race.initial()[j], own),
                    within(ANGLES));
        }
    }

    @Property(tries = 40)
    @Graded(points = 3, task = "race",
            hint = "NeuronRace.rankCorrelations: per cluster, Spearman's ρ over its members between the INITIAL neurons' angular distances to the (final) cluster directions and the TRAINED neurons' norms.")
    void raceIsSpearmanOfInitialDistanceAndFinalNormWithinEachCluster(@ForAll("races") RaceCase race) {
        Clustering clustering = race.clustering();

        double[] rho = NeuronRace.rankCorrelations(race.initial(), race.trained(), clustering);

        assertThat(rho).hasSize(clustering.clusters());
        for (int m = 0; m < clustering.clusters(); m++) {
            int size = clustering.sizes()[m];
            double[] distances = new double[size];
            double[] norms = new double[size];
            int k = 0;
            for (int j = 0; j < race.initial().length; j++) {
                if (clustering.assignment()[j] == m) {
                    distances[k] = DynamicsOracle.angle(race.initial()[j], clustering.directions()[m]);
                    norms[k++] = DynamicsOracle.norm(race.trained()[j]);
                }
            }
            double expected = size < 2 ? Double.NaN : DynamicsOracle.spearman(distances, norms);
            if (Double.isNaN(expected)) {
                assertThat(rho[m]).as("cluster %d of %d neurons", m, size).isNaN();
            } else {
                assertThat(rho[m]).as("cluster %d of %d neurons", m, size).isCloseTo(expected, within(1e-12));
            }
        }
    }

    @Test
    @Graded(points = 1, task = "race",
            hint = "A cluster with fewer than two members has no rank correlation: rankCorrelations reports NaN for it (and for an empty cluster) instead of failing.")
    void aClusterOfOneHasNoRankCorrelation() {
        double[][] initial = {{1, 0}, {0.8, 0.6}, {0.6, 0.8}, {0, -1}};
        double[][] trained = {{3, 0}, {2, 0.2}, {1, 0.3}, {0, -5}};
        Clustering clustering = new Clustering(new int[] {0, 0, 0, 1}, new double[][] {{1, 0}, {0, -1}, {-1, 0}});

        double[] rho = NeuronRace.rankCorrelations(initial, trained, clustering);

        assertThat(rho).hasSize(3);
        assertThat(rho[0]).as("closer start, larger final norm").isCloseTo(-1.0, within(1e-12));
        assertThat(rho[1]).as("a cluster of one").isNaN();
        assertThat(rho[2]).as("an empty cluster").isNaN();
    }

    @Test
    @Graded(points = 1, task = "race",
            hint = "NeuronRace.measure clusters the TRAINED neurons, measures the initial neurons against those clusters' directions, and ranks them against the trained norms.")
    void raceOfAHandMadeNetwork() {
        // D = 1, C = 2: v_j = [w_in, b, w_out0, w_out1]; two groups of trained neurons pointing opposite ways.
        Parameters initial = parameters(new double[] {1, 0.5, 0.2, -1, -0.4}, new double[] {0, 0.5, 1, 0, 0.1},
                new double[][] {{1, 0.5, 0.2, -1, -0.4}, {-1, -0.5, -0.2, 1, 0.3}});
        Parameters trained = parameters(new double[] {8, 3, 1, -6, -1}, new double[] {0, 1, 1, 0, 0},
                new double[][] {{8, 3, 0.9, -6, -1}, {-8, -3, -0.9, 6, 1}});

        Race race = NeuronRace.measure(initial, trained, 2);

        double[][] after = NeuronGeometry.vectors(trained);
        assertThat(race.clustering().assignment()).containsExactly(
                NeuronClustering.cluster(after, 2).assignment());
        assertThat(race.finalNorms()).containsExactly(NeuronGeometry.norms(after), within(1e-12));
        assertThat(race.rankCorrelations()).hasSize(2);
        int first = race.clustering().assignment()[0];
        assertThat(race.clustering().assignment()).containsExactly(first, first, first, 1 - first, 1 - first);
        assertThat(race.rankCorrelations()[first]).as("cluster of neurons 0, 1, 2").isCloseTo(-1.0, within(1e-12));
        assertThat(race.rankCorrelations()[1 - first]).as("cluster of neurons 3, 4").isCloseTo(-1.0, within(1e-12));
    }

    @Test
    @Graded(points = 1, task = "neurons",
            hint = "An angle to the zero vector is undefined: NeuronGeometry.angle rejects it with an IllegalArgumentException instead of returning NaN.")
    void angleToTheZeroVectorIsRejected() {
        assertThatThrownBy(() -> NeuronGeometry.angle(new double[] {1, 2}, new double[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zero");
        assertThat(NeuronGeometry.angle(new double[] {1, 0}, new double[] {1, 1})).isCloseTo(Math.PI / 4,
                within(1e-15));
    }

    private static Parameters parameters(double[] w1, double[] b1, double[][] w2) {
        double[][] w1Column = new double[w1.length][1];
        for (int j = 0; j < w1.length; j++) {
            w1Column[j][0] = w1[j];
        }
        return new Parameters(Networks.matrix(w1Column), Networks.vector(b1), Networks.matrix(w2),
                Networks.vector(new double[] {0, 0})).copy();
    }
}
