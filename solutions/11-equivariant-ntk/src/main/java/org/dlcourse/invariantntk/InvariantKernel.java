package org.dlcourse.invariantntk;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The kernel of the group-averaged network f_G(x) = (1/|G|) Σ_g f(g·x): by linearity of the average, its NNGP and its
 * NTK are the base kernel averaged over both arguments' orbits (lecture 11, §1),
 * <pre>
 *   K_G(x, x′) = (1/|G|²) Σ_{g,h ∈ G} K(g·x, h·x′),
 * </pre>
 * and, when the base kernel is invariant under the simultaneous action, K(g·x, g·x′) = K(x, x′) (true for every fully
 * connected kernel, since the group permutes pixels), the substitution h = g·u turns the double sum into a single one:
 * <pre>
 *   K_G(x, x′) = (1/|G|) Σ_{u ∈ G} K(x, u·x′).
 * </pre>
 * K_G is invariant in each argument separately, symmetric and positive semi-definite whenever K is.
 */
public final class InvariantKernel {

    private InvariantKernel() {
    }

    /** The kernel K_G by the double sum, as a {@link Kernel}. */
    public static Kernel of(Kernel base, Group group) {
        return (images1, images2) -> doubleSum(base, group, images1, images2);
    }

    /**
     * The orbits of a batch: every group element applied to every image, element-major.
     *
     * @param images DOUBLE [N, s, s]
     * @return [|G|·N, s, s] whose row e·N + n is gₑ·images[n], gₑ the e-th of {@link Group#elements()}
     */
    public static INDArray orbits(Group group, INDArray images) {
        Inputs.requireImages(images, "images");
        // BEGIN SOLUTION: apply each element of group.elements(), in that order, to the whole batch and stack the |G| results along axis 0
        List<Symmetry> elements = group.elements();
        INDArray[] transformed = new INDArray[elements.size()];
        for (int e = 0; e < elements.size(); e++) {
            transformed[e] = elements.get(e).act(images);
        }
        return Nd4j.concat(0, transformed);
        // END SOLUTION
    }

    /**
     * K_G by the double sum (1/|G|²) Σ_{g,h} K(g·x_i, h·x′_j), correct for any base kernel.
     *
     * @return DOUBLE [N1, N2]
     */
    public static INDArray doubleSum(Kernel base, Group group, INDArray images1, INDArray images2) {
        Inputs.requireSameSide(images1, images2);
        // BEGIN SOLUTION: evaluate K once between the two orbit batches ([|G|N1, |G|N2]) and average, for every (i, j), the |G|² entries (e·N1 + i, f·N2 + j)
        int n1 = (int) images1.size(0);
        int n2 = (int) images2.size(0);
        int order = group.order();
        double[] k = Inputs.values(base.matrix(orbits(group, images1), orbits(group, images2)));
        int columns = order * n2;
        double[] out = new double[n1 * n2];
        for (int i = 0; i < n1; i++) {
            for (int j = 0; j < n2; j++) {
                double sum = 0.0;
                for (int e = 0; e < order; e++) {
                    for (int f = 0; f < order; f++) {
                        sum += k[(e * n1 + i) * columns + f * n2 + j];
                    }
                }
                out[i * n2 + j] = sum / ((double) order * order);
            }
        }
        return Inputs.array(out, n1, n2);
        // END SOLUTION
    }

    /**
     * K_G by the single sum (1/|G|) Σ_u K(x_i, u·x′_j), equal to {@link #doubleSum} when the base kernel is invariant
     * under the simultaneous action, at a |G|-th of the kernel evaluations.
     *
     * @return DOUBLE [N1, N2]
     */
    public static INDArray reduced(Kernel base, Group group, INDArray images1, INDArray images2) {
        Inputs.requireSameSide(images1, images2);
        // BEGIN SOLUTION: evaluate K between images1 and the orbits of images2 ([N1, |G|N2]) and average, for every (i, j), the |G| entries (i, u·N2 + j)
        int n1 = (int) images1.size(0);
        int n2 = (int) images2.size(0);
        int order = group.order();
        double[] k = Inputs.values(base.matrix(images1, orbits(group, images2)));
        int columns = order * n2;
        double[] out = new double[n1 * n2];
        for (int i = 0; i < n1; i++) {
            for (int j = 0; j < n2; j++) {
                double sum = 0.0;
                for (int u = 0; u < order; u++) {
                    sum += k[i * columns + u * n2 + j];
                }
                out[i * n2 + j] = sum / order;
            }
        }
        return Inputs.array(out, n1, n2);
        // END SOLUTION
    }
}
