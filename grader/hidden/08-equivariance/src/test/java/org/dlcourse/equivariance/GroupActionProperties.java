package org.dlcourse.equivariance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dlcourse.kit.assertions.TensorAssertions.assertThat;

import org.dlcourse.kit.assertions.Tolerance;
import org.dlcourse.kit.grading.Graded;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.Property;
import org.dlcourse.kit.symmetry.C4Rotation;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The group laws of C4 and D4 and their actions on images and feature maps, against the kit's lattice actions.
 * Elements are compared in the kit's form ({@link Oracle#canonical}), never with the student's {@code equals}.
 */
class GroupActionProperties {

    /** The actions only move pixels: equal to the last bit. */
    private static final Tolerance EXACT = Tolerance.absolute(0);

    Gen<C4Rotation> c4() {
        return Gens.c4();
    }

    Gen<D4Element> d4() {
        return Gens.elements(D4Element.all());
    }

    Gen<INDArray> images() {
        return Samples.images();
    }

    Gen<INDArray> featureMaps() {
        return random -> {
            int n = Samples.size(random);
            return Samples.uniform(random, random.nextInt(1, 4), 4, n, n);
        };
    }

    @Property(tries = 64)
    @Graded(points = 2, task = "group-actions",
            hint = "QuarterTurn: compose adds the quarter turns modulo 4, inverse negates them modulo 4; the identity has 0 turns.")
    void quarterTurnsFormTheGroupC4(@ForAll("c4") C4Rotation a, @ForAll("c4") C4Rotation b) {
        QuarterTurn g = Oracle.quarterTurn(a);
        QuarterTurn h = Oracle.quarterTurn(b);
        C4Rotation e = C4Rotation.identity();

        assertThat(Oracle.canonical(g.compose(h))).as("%s·%s", a, b).isEqualTo(a.compose(b));
        assertThat(Oracle.canonical(g.compose(g.inverse()))).as("%s·%s⁻¹", a, a).isEqualTo(e);
        assertThat(Oracle.canonical(g.inverse().compose(g))).as("%s⁻¹·%s", a, a).isEqualTo(e);
        assertThat(Oracle.canonical(QuarterTurn.identity().compose(g))).as("e·%s", a).isEqualTo(a);
    }

    @Property(tries = 200)
    @Graded(points = 2, task = "group-actions",
            hint = "D4: check identity (e·g = g·e = g), inverses (a reflection is its own inverse, a rotation r^k has inverse r^(−k)), associativity and the relation r·m = m·r³.")
    void dihedralElementsSatisfyTheGroupLaws(@ForAll("d4") D4Element a, @ForAll("d4") D4Element b,
            @ForAll("d4") D4Element c) {
        DihedralElement g = Oracle.dihedral(a);
        DihedralElement h = Oracle.dihedral(b);
        DihedralElement k = Oracle.dihedral(c);
        DihedralElement e = DihedralElement.identity();
        DihedralElement r = DihedralElement.rotation();
        DihedralElement m = DihedralElement.mirror();
        D4Element identity = D4Element.identity();

        assertThat(Oracle.canonical(e.compose(g))).as("e·%s", a).isEqualTo(a);
        assertThat(Oracle.canonical(g.compose(e))).as("%s·e", a).isEqualTo(a);
        assertThat(Oracle.canonical(g.compose(g.inverse()))).as("%s·%s⁻¹", a, a).isEqualTo(identity);
        assertThat(Oracle.canonical(g.inverse().compose(g))).as("%s⁻¹·%s", a, a).isEqualTo(identity);
        assertThat(Oracle.canonical(g.compose(h).compose(k))).as("(g·h)·k for g = %s, h = %s, k = %s", a, b, c)
                .isEqualTo(Oracle.canonical(g.compose(h.compose(k))));
        assertThat(Oracle.canonical(r.compose(m))).as("r·m")
                .isEqualTo(Oracle.canonical(m.compose(r.compose(r).compose(r))));
        assertThat(Oracle.canonical(r.compose(r).compose(r).compose(r))).as("r⁴").isEqualTo(identity);
        assertThat(Oracle.canonical(m.compose(m))).as("m²").isEqualTo(identity);
    }

    @Property(tries = 64)
    @Graded(points = 3, task = "group-actions",
            hint = "rotate must turn the image counter-clockwise like NumPy's rot90: one quarter turn gives out[i][j] = in[j][n − 1 − i] (the top row becomes the left column, read bottom to top).")
    void rotateTurnsImagesCounterClockwise(@ForAll("images") INDArray image, @ForAll("c4") C4Rotation g) {
        INDArray rotated = ImageActions.rotate(image, Oracle.quarterTurn(g));

        assertThat(rotated).hasShape(image.shape()).isCloseTo(Oracle.rotate(image, g), EXACT);
    }

    @Property(tries = 80)
    @Graded(points = 2, task = "group-actions",
            hint = "transform(f, r^k m^s) first mirrors left-right (column j ↔ n − 1 − j) when s = 1, then rotates counter-clockwise by k quarter turns.")
    void transformAppliesTheMirrorFirstThenTheRotation(@ForAll("images") INDArray image, @ForAll("d4") D4Element g) {
        INDArray transformed = ImageActions.transform(image, Oracle.dihedral(g));

        assertThat(transformed).hasShape(image.shape()).isCloseTo(Oracle.transform(image, g), EXACT);
    }

    @Property(tries = 100)
    @Graded(points = 3, task = "group-actions",
            hint = "compose must agree with the action: transform(transform(f, h), g) = transform(f, g.compose(h)), i.e. g.compose(h) means first h, then g. Check the order of the factors in compose.")
    void compositionIsTheActionOfOneElementAfterTheOther(@ForAll("images") INDArray image, @ForAll("d4") D4Element a,
            @ForAll("d4") D4Element b) {
        DihedralElement g = Oracle.dihedral(a);
        DihedralElement h = Oracle.dihedral(b);

        INDArray oneAfterTheOther = ImageActions.transform(ImageActions.transform(image, h), g);

        assertThat(ImageActions.transform(image, g.compose(h))).isCloseTo(oneAfterTheOther, EXACT);
    }

    @Property(tries = 64)
    @Graded(points = 2, task = "group-actions",
            hint = "rotateFeatureMaps: (g·F)[c, k] = rot^g(F[c, (k − g) mod 4]) — rotate every map and move orientation k − g to k (not k + g).")
    void featureMapsRotateAndShiftTheirOrientationAxis(@ForAll("featureMaps") INDArray features,
            @ForAll("c4") C4Rotation g) {
        INDArray rotated = ImageActions.rotateFeatureMaps(features, Oracle.quarterTurn(g));

        assertThat(rotated).hasShape(features.shape()).isCloseTo(Oracle.rotateFeatureMaps(features, g), EXACT);
    }

    @Property(tries = 20)
    @Graded(points = 1, task = "group-actions",
            hint = "The actions must return new arrays and leave their argument unchanged.")
    void actionsLeaveTheirArgumentUnchanged(@ForAll("featureMaps") INDArray features, @ForAll("d4") D4Element g) {
        INDArray copy = features.dup();

        ImageActions.rotate(features, Oracle.quarterTurn(g.rotationPart()));
        ImageActions.transform(features, Oracle.dihedral(g));
        ImageActions.rotateFeatureMaps(features, Oracle.quarterTurn(g.rotationPart()));

        assertThat(features).isCloseTo(copy, EXACT);
    }
}
