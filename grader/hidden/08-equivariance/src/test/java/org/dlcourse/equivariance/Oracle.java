package org.dlcourse.equivariance;

import org.dlcourse.kit.symmetry.C4Rotation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The group actions the hidden tests hold the student's code to, written from the kit's lattice actions rather than
 * from the student's: (g·f)(p) = f(g⁻¹p), pixel (i, j) at the doubled centred point (2j − (n − 1), (n − 1) − 2i),
 * which is an integer point for every n, so that {@link D4Element#act} applies exactly.
 */
final class Oracle {

    private Oracle() {
    }

    /** g·f on the last two axes of an array of any rank ≥ 2. */
    static INDArray transform(INDArray images, D4Element g) {
        long[] shape = images.shape();
        int n = (int) shape[shape.length - 1];
        double[] in = images.dup('c').data().asDouble();
        double[] out = new double[in.length];
        D4Element inverse = g.inverse();
        for (int block = 0; block < in.length; block += n * n) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    int[] source = inverse.act(2 * j - (n - 1), (n - 1) - 2 * i);
                    int column = (source[0] + n - 1) / 2;
                    int row = (n - 1 - source[1]) / 2;
                    out[block + i * n + j] = in[block + row * n + column];
                }
            }
        }
        return Nd4j.create(out, shape, DataType.DOUBLE);
    }

    /** The counter-clockwise rotation by g of the last two axes. */
    static INDArray rotate(INDArray images, C4Rotation g) {
        return transform(images, new D4Element(g.quarterTurns(), false));
    }

    /** (g·F)[c, k] = rot^g(F[c, (k − g) mod 4]) on maps of shape [C, 4, n, n]. */
    static INDArray rotateFeatureMaps(INDArray features, C4Rotation g) {
        INDArray rotated = rotate(features, g);
        INDArray out = Nd4j.create(DataType.DOUBLE, features.shape());
        for (int k = 0; k < 4; k++) {
            out.get(NDArrayIndex.all(), NDArrayIndex.point(k))
                    .assign(rotated.get(NDArrayIndex.all(),
                            NDArrayIndex.point(Math.floorMod(k - g.quarterTurns(), 4))));
        }
        return out;
    }

    /** The student's element for the kit's. */
    static QuarterTurn quarterTurn(C4Rotation g) {
        return new QuarterTurn(g.quarterTurns());
    }

    /** The student's element for the kit's. */
    static DihedralElement dihedral(D4Element g) {
        return new DihedralElement(g.quarterTurns(), g.mirrored());
    }

    /**
     * The kit's element for the student's, read through its components: the properties compare elements in this
     * form, never with the student's {@code equals}, which is the student's code and could call any two equal.
     */
    static C4Rotation canonical(QuarterTurn g) {
        return new C4Rotation(g.turns());
    }

    /** The kit's element for the student's, read through its components, as {@link #canonical(QuarterTurn)}. */
    static D4Element canonical(DihedralElement g) {
        return new D4Element(g.quarterTurns(), g.mirrored());
    }
}
