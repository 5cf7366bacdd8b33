package org.dlcourse.backprop;

/**
 * A partition of the hidden units into k clusters by direction, and the direction of each cluster.
 *
 * @param assignment the cluster (0 … k−1) of every neuron, in the neurons' order
 * @param directions k unit vectors, row m the direction of cluster m: the normalized mean of its members' unit
 *                   vectors
 */
public record Clustering(int[] assignment, double[][] directions) {

    /** k, the number of clusters. */
    public int clusters() {
        return directions.length;
    }

    /** The number of neurons in every cluster. */
    public int[] sizes() {
        int[] sizes = new int[directions.length];
        for (int cluster : assignment) {
            sizes[cluster]++;
        }
        return sizes;
    }
}
