package org.dlcourse.equivariance;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The actions of C4 and D4 on images and of C4 on feature maps with an orientation axis.
 *
 * <p>A pixel (i, j) (row i from the top, column j from the left) of an n × n image sits at the point
 * (x, y) = (j − c, c − i) with c = (n − 1)/2, so the image is a function f on the grid and a group element g acts
 * by (g·f)(p) = f(g⁻¹p). For the counter-clockwise quarter turn r this is NumPy's {@code rot90}:
 * (r·f)[i][j] = f[j][n − 1 − i]; for the mirror m, (m·f)[i][j] = f[i][n − 1 − j]. On a C4 feature map F with
 * orientation axis k (the regular representation, lecture 08, §2):
 * <pre>
 *   (g·F)[c, k] = rot^g(F[c, (k − g) mod 4]).
 * </pre>
 * The functions act on the last two axes of arrays of any rank ≥ 2 (channels, filters, orientations in front), and
 * never modify their argument.
 */
public final class ImageActions {

    private ImageActions() {
    }

    /**
     * Rotates the last two axes counter-clockwise by {@code g}: one quarter turn maps f to
     * (r·f)[i][j] = f[j][n − 1 − i].
     *
     * @param images DOUBLE, shape [..., n, n]
     * @return a new array of the same shape
     */
    public static INDArray rotate(INDArray images, QuarterTurn g) {
        int n = Inputs.requireSquare(images, "images");
        double[] in = Inputs.values(images);
        throw new UnsupportedOperationException("TODO: for every n × n block of the last two axes, out[i][j] = in[j][n − 1 − i] for one quarter turn; apply g.turns() of them");
    }

    /**
     * Applies the D4 element rᵏmˢ to the last two axes: first the mirror (x, y) ↦ (−x, y), i.e.
     * (m·f)[i][j] = f[i][n − 1 − j], if s = 1, then k counter-clockwise quarter turns.
     *
     * @param images DOUBLE, shape [..., n, n]
     * @return a new array of the same shape
     */
    public static INDArray transform(INDArray images, DihedralElement g) {
        int n = Inputs.requireSquare(images, "images");
        throw new UnsupportedOperationException("TODO: mirror the columns if g is mirrored, then rotate by g's quarter turns");
    }

    /**
     * The action of C4 on feature maps with an orientation axis, (g·F)[c, k] = rot^g(F[c, (k − g) mod 4]): every
     * map is rotated and the orientation axis shifted cyclically by g.
     *
     * @param features DOUBLE, shape [C, 4, n, n]
     * @return a new array of the same shape
     */
    public static INDArray rotateFeatureMaps(INDArray features, QuarterTurn g) {
        Inputs.requireRank(features, 4, "features", "[C, 4, n, n]");
        Inputs.requireAxis(features, 1, 4, "features", "orientations");
        int n = Inputs.requireSquare(features, "features");
        throw new UnsupportedOperationException("TODO: rotate every map by g, then move orientation (k − g) mod 4 to orientation k");
    }

}
