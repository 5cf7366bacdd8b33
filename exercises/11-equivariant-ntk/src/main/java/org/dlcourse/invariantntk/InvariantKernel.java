package org.dlcourse.invariantntk;

import org.nd4j.linalg.api.ndarray.INDArray;

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
        throw new UnsupportedOperationException("TODO: apply each element of group.elements(), in that order, to the whole batch and stack the |G| results along axis 0");
    }

    /**
     * K_G by the double sum (1/|G|²) Σ_{g,h} K(g·x_i, h·x′_j), correct for any base kernel.
     *
     * @return DOUBLE [N1, N2]
     */
    public static INDArray doubleSum(Kernel base, Group group, INDArray images1, INDArray images2) {
        Inputs.requireSameSide(images1, images2);
        throw new UnsupportedOperationException("TODO: evaluate K once between the two orbit batches ([|G|N1, |G|N2]) and average, for every (i, j), the |G|² entries (e·N1 + i, f·N2 + j)");
    }

    /**
     * K_G by the single sum (1/|G|) Σ_u K(x_i, u·x′_j), equal to {@link #doubleSum} when the base kernel is invariant
     * under the simultaneous action, at a |G|-th of the kernel evaluations.
     *
     * @return DOUBLE [N1, N2]
     */
    public static INDArray reduced(Kernel base, Group group, INDArray images1, INDArray images2) {
        Inputs.requireSameSide(images1, images2);
        throw new UnsupportedOperationException("TODO: evaluate K between images1 and the orbits of images2 ([N1, |G|N2]) and average, for every (i, j), the |G| entries (i, u·N2 + j)");
    }
}
