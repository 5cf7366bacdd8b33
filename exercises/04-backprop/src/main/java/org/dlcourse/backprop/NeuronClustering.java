package org.dlcourse.backprop;


/**
 * Cosine-similarity clustering of neurons: spherical k-means on the unit vectors v̂_j = v_j/‖v_j‖, deterministic
 * and independent of the order in which the neurons are listed (Dhillon and Modha, "Concept Decompositions for Large
 * Sparse Text Data Using Clustering", Machine Learning 42, 2001; lecture 04, §10).
 *
 * <p>Only directions matter, so the result does not change when a neuron is multiplied by a positive number. The
 * algorithm, with cos(a, b) = â·b̂:
 * <ol>
 *   <li><b>Seeds</b> (a deterministic farthest-point start): the first direction is that of the most central neuron,
 *       the one with the largest Σ_i cos(v_j, v_i); each further direction is that of the neuron farthest from the
 *       directions chosen so far, the one with the smallest max_m cos(v_j, c_m).</li>
 *   <li><b>Assign</b> every neuron to the direction of largest cosine.</li>
 *   <li><b>Update</b> every direction to the normalized sum of its members' unit vectors (their mean direction); a
 *       cluster left empty, or whose unit vectors sum to 0, keeps its direction.</li>
 *   <li>Repeat 2–3 until no assignment changes (at most {@value #MAX_ITERATIONS} rounds).</li>
 * </ol>
 * Exact ties, in the seeds or the assignments, go to the smaller index; this is the only place the neurons' order
 * can matter, and exact ties do not occur for trained networks. Clusters are numbered in the order of their seeds.
 */
public final class NeuronClustering {

    /** Lloyd's iteration converges in a few rounds for a few hundred neurons; this only bounds a cycling case. */
    static final int MAX_ITERATIONS = 100;

    private NeuronClustering() {
    }

    /**
     * Spherical k-means of the neurons, as described above.
     *
     * @param neurons  one nonzero vector per row (for example {@link NeuronGeometry#vectors}); not modified
     * @param clusters k, between 1 and the number of neurons
     * @return the assignment of every neuron and the k unit directions
     * @throws IllegalArgumentException if a neuron is zero (it has no direction) or k is out of range
     */
    public static Clustering cluster(double[][] neurons, int clusters) {
        VectorInputs.requireRows(neurons, "neurons");
        if (clusters < 1 || clusters > neurons.length) {
            throw new IllegalArgumentException("the number of clusters must be between 1 and the number of neurons ("
                    + neurons.length + "), got " + clusters);
        }
        double[][] units = new double[neurons.length][];
        for (int j = 0; j < neurons.length; j++) {
            double norm = NeuronGeometry.norm(neurons[j]);
            VectorInputs.requireNonzero(norm, "neuron " + j);
            units[j] = scaled(neurons[j], 1.0 / norm);
        }
        throw new UnsupportedOperationException("TODO: seed with the most central neuron and then farthest-point neurons, then alternate assigning each neuron to the direction of largest cosine and re-normalizing each cluster's sum of unit vectors, until no assignment changes.");
    }

    /**
     * The angular distance of every neuron to the direction of its cluster, θ_j = angle(v_j, c_{assignment[j]}).
     *
     * @param neurons    one nonzero vector per row, of the directions' length; not modified
     * @param clustering an assignment of these neurons (or of the same hidden units at another time) and directions
     * @return a new array of angles in [0, π]
     */
    public static double[] angularDistances(double[][] neurons, Clustering clustering) {
        VectorInputs.requireRows(neurons, "neurons");
        if (clustering == null || clustering.assignment().length != neurons.length) {
            throw new IllegalArgumentException("the clustering must assign each of the " + neurons.length
                    + " neurons");
        }
        throw new UnsupportedOperationException("TODO: the angle between each neuron and the direction of the cluster it is assigned to (use NeuronGeometry.angle).");
    }

    private static double[] scaled(double[] vector, double factor) {
        double[] result = new double[vector.length];
        for (int i = 0; i < vector.length; i++) {
            result[i] = vector[i] * factor;
        }
        return result;
    }
}
