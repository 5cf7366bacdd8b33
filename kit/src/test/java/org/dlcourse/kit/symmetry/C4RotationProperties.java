package org.dlcourse.kit.symmetry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.IntRange;
import org.dlcourse.kit.property.Property;
import org.junit.jupiter.api.Test;

/** C4 is the cyclic group of quarter turns, acting on ℤ² by counter-clockwise rotation, and the rotations of D4. */
class C4RotationProperties {

    Gen<C4Rotation> rotations() {
        return Gens.c4();
    }

    @Property(tries = 64)
    void groupLaws(@ForAll("rotations") C4Rotation a, @ForAll("rotations") C4Rotation b,
            @ForAll("rotations") C4Rotation c) {
        assertEquals(a.compose(b).compose(c), a.compose(b.compose(c)));
        assertEquals(a.compose(b), b.compose(a));
        assertEquals(C4Rotation.identity(), a.compose(a.inverse()));
        assertEquals(a, a.compose(C4Rotation.identity()));
    }

    @Property(tries = 100)
    void actionMatchesTheRotationMatrixOfItsAngle(@ForAll("rotations") C4Rotation g,
            @ForAll @IntRange(min = -5, max = 5) int x, @ForAll @IntRange(min = -5, max = 5) int y) {
        double cos = Math.cos(g.angle());
        double sin = Math.sin(g.angle());
        int[] image = g.act(x, y);
        assertEquals(cos * x - sin * y, image[0], 1e-12);
        assertEquals(sin * x + cos * y, image[1], 1e-12);
    }

    @Test
    void ofReducesModuloFourAndTheConstructorRejectsOtherValues() {
        assertEquals(new C4Rotation(3), C4Rotation.of(-1));
        assertEquals(new C4Rotation(1), C4Rotation.of(9));
        assertThrows(IllegalArgumentException.class, () -> new C4Rotation(4));
    }

    @Test
    void aQuarterTurnIsCounterClockwise() {
        assertArrayEquals(new int[] {0, 1}, new C4Rotation(1).act(1, 0));
    }
}
