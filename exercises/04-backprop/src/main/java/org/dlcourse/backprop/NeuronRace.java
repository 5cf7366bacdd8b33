package org.dlcourse.backprop;

/**
 * "Not a lottery, a race" (lecture 04, §10): from a small initialization, the neurons that end up in one cluster all
 * turn towards the same direction and grow at a rate set by their alignment with it, so the ones that start closer
 * grow longer at the top rate and end larger. Measured within each cluster of the trained neurons as the rank
 * correlation between a neuron's initial angular distance to its cluster's final direction and its final norm:
 * negative when the mechanism holds, near 0 if which neurons win were a lottery unrelated to where they start.
 */
public final class NeuronRace {

    private NeuronRace() {
    }

    /**
     * Spearman's ρ, within every cluster, between the initial angular distance θ_j(0) = angle(v_j(0), c_{k(j)})
     * to the cluster's direction and the final norm ‖v_j(T)‖.
     *
     * @param initial    v_j(0), one row per neuron; not modified
     * @param trained    v_j(T), the same neurons in the same order after training; not modified
     * @param clustering the clusters of the trained neurons, with their directions (final, not initial)
     * @return ρ per cluster, NaN for a cluster with fewer than two members or no variation
     */
    public static double[] rankCorrelations(double[][] initial, double[][] trained, Clustering clustering) {
        VectorInputs.requireRows(initial, "initial neurons");
        VectorInputs.requireRows(trained, "trained neurons");
        if (initial.length != trained.length || initial[0].length != trained[0].length) {
            throw new IllegalArgumentException("initial and trained neurons must have the same shape, got "
                    + initial.length + " × " + initial[0].length + " and " + trained.length + " × "
                    + trained[0].length);
        }
        throw new UnsupportedOperationException("TODO: take the angular distances of the INITIAL neurons to the clusters' (final) directions and the norms of the TRAINED neurons; for every cluster, Spearman's ρ over its members (NaN if fewer than two).");
    }

    /**
     * The whole measurement on two snapshots of a network: cluster the trained neurons into k clusters
     * ({@link NeuronClustering#cluster}), then the initial distances, final norms and {@link #rankCorrelations}.
     * Given complete.
     *
     * @param initial  the network at initialization; not modified
     * @param trained  the same network after training; not modified
     * @param clusters k ≥ 1
     * @return the race
     */
    public static Race measure(Parameters initial, Parameters trained, int clusters) {
        double[][] before = NeuronGeometry.vectors(initial);
        double[][] after = NeuronGeometry.vectors(trained);
        Clustering clustering = NeuronClustering.cluster(after, clusters);
        return new Race(clustering, NeuronClustering.angularDistances(before, clustering),
                NeuronGeometry.norms(after), rankCorrelations(before, after, clustering));
    }
}
