package org.dlcourse.backprop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Property;

/**
 * Laws of the learning-dynamics tools (lecture 04, §10) on generated inputs: the per-neuron vectors and their norms,
 * angles, ranks and Spearman's ρ against independent oracles and under the transformations that must not change
 * them, and cosine clustering's determinism, order-equivariance, scale-invariance and fixed point.
 */
class DynamicsProperties {

    /** Sums of a few dozen products of order 1: a few ulps, with room for another summation order. */
    private static final double SUMS = 1e-12;

    /**
     * The oracle's arccos of a clamped cosine loses about half the digits near 0 and π (arccos(1 − ε) ≈ √(2ε)), so
     * angles are compared to 1e-7 rad; a wrong normalization is off by far more.
     */
    private static final double ANGLES = 1e-7;

    /** Rescaling a vector by c changes its unit vector by a few ulps; the angle by Kahan's formula follows. */
    private static final double RESCALED_ANGLES = 1e-12;

    /** Directions are sums of up to 40 unit vectors, renormalized; relabelled or rescaled inputs add a few ulps. */
    private static final double DIRECTIONS = 1e-9;

    Gen<Networks.Case> networks() {
        return Networks.small();
    }

    Gen<DynamicsCases.Samples> samples() {
        return DynamicsCases.samples();
    }

    Gen<double[]> distinct() {
        return DynamicsCases.distinctValues();
    }

    Gen<DynamicsCases.VectorPair> pairs() {
        return DynamicsCases.vectorPairs();
    }

    Gen<DynamicsCases.Cloud> clouds() {
        return DynamicsCases.clouds(0.3);
    }

    Gen<DynamicsCases.Cloud> separated() {
        return DynamicsCases.clouds(0.02);
    }

    @Property(tries = 30)
    @Graded(points = 2, task = "neurons",
            hint = "NeuronGeometry.vectors: row j is [W1[j, ·], b1[j], W2[·, j]]: unit j's incoming weights, its bias, then COLUMN j of W2 (its outgoing weights), length D + 1 + C.")
    void neuronVectorsAreIncomingWeightsBiasAndOutgoingWeights(@ForAll("networks") Networks.Case network) {
        double[][] w1 = network.w1();
        double[] b1 = network.b1();
        double[][] w2 = network.w2();

        double[][] neurons = NeuronGeometry.vectors(network.parameters());

        assertThat(neurons).hasNumberOfRows(w1.length);
        for (int j = 0; j < w1.length; j++) {
            double[] expected = new double[w1[j].length + 1 + w2.length];
            System.arraycopy(w1[j], 0, expected, 0, w1[j].length);
            expected[w1[j].length] = b1[j];
            for (int c = 0; c < w2.length; c++) {
                expected[w1[j].length + 1 + c] = w2[c][j];
            }
            assertThat(neurons[j]).as("neuron %d", j).containsExactly(expected);
        }
    }

    @Property(tries = 30)
    @Graded(points = 1, task = "neurons",
            hint = "NeuronGeometry.norms: the Euclidean norm √(Σ v[i]²) of every row, exactly 0 for a zero neuron (a unit with no weights and no bias).")
    void normsAreEuclideanAndZeroForAZeroNeuron(@ForAll("networks") Networks.Case network) {
        Parameters p = network.parameters().copy();
        int dead = network.permutation()[0];
        p.w1().getRow(dead).assign(0.0);
        p.b1().putScalar(dead, 0.0);
        p.w2().getColumn(dead).assign(0.0);
        double[][] neurons = NeuronGeometry.vectors(p);

        double[] norms = NeuronGeometry.norms(neurons);

        assertThat(norms).hasSize(neurons.length);
        assertThat(norms[dead]).as("norm of the zero neuron %d", dead).isEqualTo(0.0);
        for (int j = 0; j < neurons.length; j++) {
            double expected = DynamicsOracle.norm(neurons[j]);
            assertThat(norms[j]).as("norm of neuron %d", j).isCloseTo(expected, within(SUMS * (1 + expected)));
        }
    }

    @Property(tries = 40)
    @Graded(points = 2, task = "neurons",
            hint = "NeuronGeometry.angle is arccos(u·v / (‖u‖‖v‖)), in [0, π]: normalize both vectors before taking the angle, and clamp the cosine to [−1, 1] (rounding can put it just outside).")
    void angleIsTheArccosOfTheCosine(@ForAll("pairs") DynamicsCases.VectorPair pair) {
        double angle = NeuronGeometry.angle(pair.u(), pair.v());

        assertThat(angle).isBetween(0.0, Math.PI).isCloseTo(DynamicsOracle.angle(pair.u(), pair.v()), within(ANGLES));
        assertThat(NeuronGeometry.angle(pair.v(), pair.u())).as("symmetry").isCloseTo(angle, within(RESCALED_ANGLES));
    }

    @Property(tries = 40)
    @Graded(points = 1, task = "neurons",
            hint = "The angle between directions does not change when either vector is multiplied by a positive number; it is 0 for a vector and itself and π for a vector and its negative (clamp the cosine to [−1, 1]: rounding can put it just outside, and arccos of that is NaN).")
    void angleDependsOnlyOnDirections(@ForAll("pairs") DynamicsCases.VectorPair pair) {
        double[] cu = scaled(pair.u(), pair.c());
        double[] dv = scaled(pair.v(), pair.d());

        double original = NeuronGeometry.angle(pair.u(), pair.v());
        assertThat(original).as("angle(u, v), an angle in [0, π]").isBetween(0.0, Math.PI);
        assertThat(NeuronGeometry.angle(cu, dv)).as("angle(c·u, d·v)").isCloseTo(original, within(RESCALED_ANGLES));
        assertThat(NeuronGeometry.angle(pair.u(), cu)).as("a vector and a positive multiple").isCloseTo(0.0,
                within(ANGLES));
        assertThat(NeuronGeometry.angle(pair.u(), scaled(pair.u(), -pair.d()))).as("a vector and a negative multiple")
                .isCloseTo(Math.PI, within(ANGLES));
    }

    @Property(tries = 60)
    @Graded(points = 2, task = "ranks",
            hint = "RankCorrelation.ranks: ranks 1 … n (1 for the smallest), tied values share the AVERAGE of the ranks they occupy: [3, 1, 3, 2] has ranks [3.5, 1, 3.5, 2].")
    void ranksAreMidRanks(@ForAll("samples") DynamicsCases.Samples samples) {
        assertThat(RankCorrelation.ranks(samples.x())).containsExactly(DynamicsOracle.ranks(samples.x()));
    }

    @Property(tries = 60)
    @Graded(points = 2, task = "ranks",
            hint = "Spearman's ρ is the correlation of the RANKS, not of the values: if y = f(x) with f strictly increasing, ρ is exactly 1 (−1 if f is decreasing), however nonlinear f is.")
    void spearmanOfAMonotoneTransformIsPlusOrMinusOne(@ForAll("distinct") double[] x) {
        for (DoubleUnaryOperator increasing : new DoubleUnaryOperator[] {Math::exp, t -> t * t * t, Math::atan,
                t -> Math.signum(t) * Math.log1p(Math.abs(t))}) {
            double[] y = Arrays.stream(x).map(increasing).toArray();
            double[] minusY = Arrays.stream(y).map(t -> -t).toArray();
            assertThat(RankCorrelation.spearman(x, y)).as("increasing").isCloseTo(1.0, within(SUMS));
            assertThat(RankCorrelation.spearman(x, minusY)).as("decreasing").isCloseTo(-1.0, within(SUMS));
        }
    }

    @Property(tries = 60)
    @Graded(points = 2, task = "ranks",
            hint = "RankCorrelation.spearman: the Pearson correlation of the two rank vectors (ties averaged), symmetric in x and y, in [−1, 1], NaN when one sample does not vary.")
    void spearmanIsPearsonOfTheMidRanks(@ForAll("samples") DynamicsCases.Samples samples) {
        double expected = DynamicsOracle.spearman(samples.x(), samples.y());

        double rho = RankCorrelation.spearman(samples.x(), samples.y());

        if (Double.isNaN(expected)) {
            assertThat(rho).isNaN();
        } else {
            assertThat(rho).isBetween(-1.0, 1.0).isCloseTo(expected, within(SUMS));
            assertThat(RankCorrelation.spearman(samples.y(), samples.x())).as("symmetry").isCloseTo(rho, within(SUMS));
        }
    }

    @Property(tries = 40)
    @Graded(points = 2, task = "clustering",
            hint = "NeuronClustering.cluster must be deterministic and must not depend on the order in which the neurons are listed: seed with the most central neuron, then farthest points, and number the clusters by their seeds, never by position or chance.")
    void clusteringIsDeterministicAndFollowsAPermutationOfTheNeurons(@ForAll("clouds") DynamicsCases.Cloud cloud) {
        Clustering once = NeuronClustering.cluster(cloud.neurons(), cloud.clusters());
        Clustering again = NeuronClustering.cluster(cloud.neurons(), cloud.clusters());
        Clustering permuted = NeuronClustering.cluster(cloud.permuted(), cloud.clusters());

        assertThat(again.assignment()).as("the same neurons again").containsExactly(once.assignment());
        assertSameDirections(again, once, 0.0);
        int[] expected = new int[cloud.neurons().length];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = once.assignment()[cloud.permutation()[i]];
        }
        assertThat(permuted.assignment()).as("the neurons in the order of the permutation").containsExactly(expected);
        assertSameDirections(permuted, once, DIRECTIONS);
    }

    @Property(tries = 40)
    @Graded(points = 2, task = "clustering",
            hint = "Cosine clustering uses only the directions v_j/‖v_j‖: a cluster's direction is the normalized mean of its members' UNIT vectors, so multiplying a neuron by a positive number changes nothing.")
    void clusteringDependsOnlyOnDirections(@ForAll("clouds") DynamicsCases.Cloud cloud) {
        Clustering original = NeuronClustering.cluster(cloud.neurons(), cloud.clusters());
        Clustering rescaled = NeuronClustering.cluster(cloud.rescaled(), cloud.clusters());

        assertThat(rescaled.assignment()).containsExactly(original.assignment());
        assertSameDirections(rescaled, original, DIRECTIONS);
    }

    @Property(tries = 40)
    @Graded(points = 3, task = "clustering",
            hint = "When cluster returns, every neuron is in the cluster of largest cosine and every nonempty cluster's direction is the normalized sum of its members' unit vectors: alternate assigning and updating until no assignment changes.")
    void clusteringIsAFixedPointOfSphericalKMeans(@ForAll("clouds") DynamicsCases.Cloud cloud) {
        Clustering clustering = NeuronClustering.cluster(cloud.neurons(), cloud.clusters());

        assertThat(clustering.directions()).hasNumberOfRows(cloud.clusters());
        assertThat(clustering.assignment()).hasSize(cloud.neurons().length);
        double[][] sums = new double[cloud.clusters()][cloud.neurons()[0].length];
        for (int j = 0; j < cloud.neurons().length; j++) {
            double[] unit = DynamicsCases.unit(cloud.neurons()[j]);
            int own = clustering.assignment()[j];
            assertThat(own).isBetween(0, cloud.clusters() - 1);
            for (int m = 0; m < cloud.clusters(); m++) {
                assertThat(DynamicsOracle.dot(unit, clustering.directions()[own])).as("neuron %d: cosine to its"
                        + " cluster %d against cluster %d", j, own, m)
                        .isGreaterThanOrEqualTo(DynamicsOracle.dot(unit, clustering.directions()[m]) - DIRECTIONS);
            }
            for (int i = 0; i < unit.length; i++) {
                sums[own][i] += unit[i];
            }
        }
        for (int m = 0; m < cloud.clusters(); m++) {
            assertThat(DynamicsOracle.norm(clustering.directions()[m])).as("‖direction %d‖", m).isCloseTo(1.0,
                    within(DIRECTIONS));
            if (DynamicsOracle.norm(sums[m]) > 0) {
                assertThat(clustering.directions()[m]).as("direction %d", m)
                        .containsExactly(DynamicsCases.unit(sums[m]), within(DIRECTIONS));
            }
        }
    }

    @Property(tries = 40)
    @Graded(points = 2, task = "clustering",
            hint = "With k well-separated groups of directions, cluster must find the k groups: seed one direction far from the others (farthest-point seeding), not k neighbours in one group.")
    void clusteringRecoversWellSeparatedGroups(@ForAll("separated") DynamicsCases.Cloud cloud) {
        Clustering clustering = NeuronClustering.cluster(cloud.neurons(), cloud.clusters());

        Map<Integer, Integer> plantedOf = new HashMap<>();
        for (int j = 0; j < cloud.neurons().length; j++) {
            Integer previous = plantedOf.putIfAbsent(clustering.assignment()[j], cloud.plantedCluster()[j]);
            assertThat(previous == null ? cloud.plantedCluster()[j] : previous)
                    .as("planted group of the neurons in found cluster %d", clustering.assignment()[j])
                    .isEqualTo(cloud.plantedCluster()[j]);
        }
        assertThat(plantedOf).as("found clusters, each a planted group").hasSize(cloud.clusters());
    }

    private static void assertSameDirections(Clustering actual, Clustering expected, double tolerance) {
        assertThat(actual.directions()).hasNumberOfRows(expected.directions().length);
        for (int m = 0; m < expected.directions().length; m++) {
            assertThat(actual.directions()[m]).as("direction %d", m)
                    .containsExactly(expected.directions()[m], within(tolerance));
        }
    }

    private static double[] scaled(double[] v, double factor) {
        return Arrays.stream(v).map(x -> x * factor).toArray();
    }
}
