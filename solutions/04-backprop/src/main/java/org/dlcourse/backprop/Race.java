package org.dlcourse.backprop;

/**
 * The race measured on a trained network: the clusters of its trained neurons, each neuron's angular distance to its
 * cluster's direction at initialization, its norm after training, and per cluster the rank correlation of the two.
 *
 * @param clustering        the clusters of the trained neurons and their directions
 * @param initialDistances  θ_j(0) = angle(v_j(0), c_{k(j)}), the initial angular distance to the final cluster
 *                          direction
 * @param finalNorms        ‖v_j(T)‖ after training
 * @param rankCorrelations  per cluster, Spearman's ρ between θ_j(0) and ‖v_j(T)‖ over its members (NaN for a cluster
 *                          of fewer than two neurons or without variation); negative when closer starters grow more
 */
public record Race(Clustering clustering, double[] initialDistances, double[] finalNorms, double[] rankCorrelations) {
}
