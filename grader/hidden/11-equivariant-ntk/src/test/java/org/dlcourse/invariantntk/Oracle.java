package org.dlcourse.invariantntk;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The hidden tests' independent reference: D4 acting on the pixel centres as points of the plane, the group law, and
 * the averaged kernels by brute force, one base-kernel call per pair of group elements.
 *
 * <p>Pixel (i, j) of an s × s image sits at (x, y) = (j − c, c − i), c = (s − 1)/2; in doubled coordinates
 * (X, Y) = (2j − s + 1, s − 1 − 2i) everything stays integer. (g·f)(p) = f(g⁻¹p) with g = rᵏmˢ, so
 * g⁻¹ = mˢr⁻ᵏ: turn p clockwise k times, (X, Y) ↦ (Y, −X), then mirror X ↦ −X if s = 1.
 */
final class Oracle {

    private Oracle() {
    }

    /** g·images for every image of a batch [N, s, s]. */
    static INDArray act(Symmetry g, INDArray images) {
        int side = (int) images.size(1);
        double[] in = images.dup('c').data().asDouble();
        double[] out = new double[in.length];
        int pixels = side * side;
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                int x = 2 * j - side + 1;
                int y = side - 1 - 2 * i;
                for (int turn = 0; turn < g.quarterTurns(); turn++) {
                    int turned = y;
                    y = -x;
                    x = turned;
                }
                if (g.mirrored()) {
                    x = -x;
                }
                int sourceRow = (side - 1 - y) / 2;
                int sourceColumn = (x + side - 1) / 2;
                for (int block = 0; block < in.length; block += pixels) {
                    out[block + i * side + j] = in[block + sourceRow * side + sourceColumn];
                }
            }
        }
        return Nd4j.create(out, images.shape(), DataType.DOUBLE);
    }

    /** The product a·b of D4 (first b, then a): r^(k + (−1)ˢ·l) m^(s + t). */
    static Symmetry compose(Symmetry a, Symmetry b) {
        int turns = a.mirrored() ? a.quarterTurns() - b.quarterTurns() : a.quarterTurns() + b.quarterTurns();
        return new Symmetry(Math.floorMod(turns, 4), a.mirrored() != b.mirrored());
    }

    /** The elements of C4 or D4, written out here rather than taken from the given {@link Group}. */
    static List<Symmetry> elements(Group group) {
        List<Symmetry> elements = new ArrayList<>();
        for (int mirrored = 0; mirrored < (group == Group.C4 ? 1 : 2); mirrored++) {
            for (int k = 0; k < 4; k++) {
                elements.add(new Symmetry(k, mirrored == 1));
            }
        }
        return elements;
    }

    /**
     * (1/|G|²) Σ_{g,h} K(g·x, h·x′): one call of the base kernel between the stacked transforms, then the sum of the
     * |G| × |G| blocks of size N1 × N2.
     */
    static INDArray doubleSum(Kernel base, Group group, INDArray images1, INDArray images2) {
        List<Symmetry> elements = elements(group);
        long n1 = images1.size(0);
        long n2 = images2.size(0);
        INDArray all = base.matrix(stack(elements, images1), stack(elements, images2));
        INDArray sum = Nd4j.zeros(DataType.DOUBLE, n1, n2);
        for (int g = 0; g < elements.size(); g++) {
            for (int h = 0; h < elements.size(); h++) {
                sum.addi(all.get(NDArrayIndex.interval(g * n1, (g + 1) * n1), NDArrayIndex.interval(h * n2, (h + 1) * n2)));
            }
        }
        return sum.divi((double) elements.size() * elements.size());
    }

    private static INDArray stack(List<Symmetry> elements, INDArray images) {
        return Nd4j.concat(0, elements.stream().map(g -> act(g, images)).toArray(INDArray[]::new));
    }

    /** (1/|G|) Σ_u K(x, u·x′) by |G| calls of the base kernel. */
    static INDArray singleSum(Kernel base, Group group, INDArray images1, INDArray images2) {
        List<Symmetry> elements = elements(group);
        INDArray sum = Nd4j.zeros(DataType.DOUBLE, images1.size(0), images2.size(0));
        for (Symmetry u : elements) {
            sum.addi(base.matrix(images1, act(u, images2)));
        }
        return sum.divi(elements.size());
    }
}
