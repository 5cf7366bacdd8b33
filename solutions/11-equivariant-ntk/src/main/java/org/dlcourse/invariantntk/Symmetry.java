package org.dlcourse.invariantntk;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An element rᵏmˢ of the dihedral group D4 acting on square images as a permutation of their pixels.
 *
 * <p>Exercise 08's conventions (lecture 08, §1): the pixel (i, j) of an s × s image sits at (x, y) = (j − c, c − i),
 * c = (s − 1)/2; r is the counter-clockwise quarter turn (x, y) ↦ (−y, x), m the mirror (x, y) ↦ (−x, y), and rᵏmˢ
 * first mirrors (if s = 1), then turns k times. An element acts on an image f by (g·f)(p) = f(g⁻¹p), which makes the
 * action a homomorphism, g·(h·f) = (gh)·f; on the pixel grid
 * <pre>
 *   (r·f)[i][j] = f[j][s − 1 − i]   (NumPy's rot90),        (m·f)[i][j] = f[i][s − 1 − j]   (NumPy's fliplr).
 * </pre>
 * Every element is a permutation of the s² pixels, so it preserves dot products and norms of flattened images: a
 * fully connected network's kernel, a function of x·x′, |x|² and |x′|² only, is invariant under the simultaneous
 * action, K(g·x, g·x′) = K(x, x′) (lecture 11, §2).
 *
 * @param quarterTurns k, the counter-clockwise quarter turns applied after the mirror, in 0..3
 * @param mirrored     s = 1: the mirror is applied first
 */
public record Symmetry(int quarterTurns, boolean mirrored) {

    /** Checks that {@code quarterTurns} is in 0..3. */
    public Symmetry {
        if (quarterTurns < 0 || quarterTurns > 3) {
            throw new IllegalArgumentException("quarterTurns must be in 0..3, was " + quarterTurns);
        }
    }

    /**
     * The pixel permutation of this element on s × s images, row-major: (g·f)[p] = f[source[p]] for every flattened
     * pixel index p = i·s + j.
     *
     * @param side s ≥ 1
     * @return a new array of s² indices, a permutation of 0..s² − 1
     */
    public int[] sourceIndices(int side) {
        if (side < 1) {
            throw new IllegalArgumentException("the side must be at least 1, got " + side);
        }
        // BEGIN SOLUTION: (g·f)(p) = f(g⁻¹p): follow pixel (i, j) back through the k quarter turns, (i, j) ← (j, s − 1 − i) each, then through the mirror, j ← s − 1 − j
        int[] source = new int[side * side];
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                int row = i;
                int column = j;
                for (int turn = 0; turn < quarterTurns; turn++) {
                    int turnedRow = column;
                    column = side - 1 - row;
                    row = turnedRow;
                }
                if (mirrored) {
                    column = side - 1 - column;
                }
                source[i * side + j] = row * side + column;
            }
        }
        return source;
        // END SOLUTION
    }

    /**
     * This element applied to every image of a batch.
     *
     * @param images DOUBLE [N, s, s]
     * @return a new array [N, s, s] with image n equal to g·images[n]
     */
    public INDArray act(INDArray images) {
        int side = Inputs.requireImages(images, "images");
        int[] source = sourceIndices(side);
        double[] in = Inputs.values(images);
        double[] out = new double[in.length];
        int pixels = side * side;
        for (int block = 0; block < in.length; block += pixels) {
            for (int p = 0; p < pixels; p++) {
                out[block + p] = in[block + source[p]];
            }
        }
        return Inputs.array(out, images.shape());
    }
}
