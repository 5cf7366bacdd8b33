package org.dlcourse.kit.symmetry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.dlcourse.kit.property.ForAll;
import org.dlcourse.kit.property.Gen;
import org.dlcourse.kit.property.Gens;
import org.dlcourse.kit.property.IntRange;
import org.dlcourse.kit.property.Property;
import org.junit.jupiter.api.Test;

/**
 * D4 is a group under {@link D4Element#compose}, and compose is the composition of the actions on ℤ² in the
 * documented convention (mirror first, then rotate). With 8 edge cases per element, 1024 tries cover all 512
 * triples exhaustively.
 */
class D4ElementProperties {

    Gen<D4Element> elements() {
        return Gens.d4();
    }

    @Property(tries = 1024)
    void compositionIsAssociative(@ForAll("elements") D4Element a, @ForAll("elements") D4Element b,
            @ForAll("elements") D4Element c) {
        assertEquals(a.compose(b).compose(c), a.compose(b.compose(c)));
    }

    @Property(tries = 16)
    void identityAndInverse(@ForAll("elements") D4Element g) {
        assertEquals(g, D4Element.identity().compose(g));
        assertEquals(g, g.compose(D4Element.identity()));
        assertEquals(D4Element.identity(), g.compose(g.inverse()));
        assertEquals(D4Element.identity(), g.inverse().compose(g));
    }

    @Property(tries = 200)
    void composeActsAsFirstTheRightThenTheLeftElement(@ForAll("elements") D4Element g,
            @ForAll("elements") D4Element h, @ForAll @IntRange(min = -5, max = 5) int x,
            @ForAll @IntRange(min = -5, max = 5) int y) {
        int[] viaH = h.act(x, y);
        assertArrayEquals(g.act(viaH[0], viaH[1]), g.compose(h).act(x, y));
    }

    @Property(tries = 200)
    void anElementMirrorsFirstThenRotates(@ForAll("elements") D4Element g, @ForAll @IntRange(min = -5, max = 5) int x,
            @ForAll @IntRange(min = -5, max = 5) int y) {
        int mirroredX = g.mirrored() ? -x : x;
        assertArrayEquals(g.rotationPart().act(mirroredX, y), g.act(x, y));
    }

    @Test
    void rotationThenMirrorEqualsMirrorThenThreeRotations() {
        D4Element r = D4Element.rotation();
        D4Element m = D4Element.mirror();

        assertEquals(m.compose(r).compose(r).compose(r), r.compose(m));
        assertEquals(new D4Element(1, true), r.compose(m));
    }

    @Test
    void generatorsActAsDocumented() {
        assertArrayEquals(new int[] {0, 1}, D4Element.rotation().act(1, 0));
        assertArrayEquals(new int[] {-2, 3}, D4Element.mirror().act(2, 3));
    }

    @Test
    void theEightElementsAreDistinctAndClosedUnderComposition() {
        Set<D4Element> group = new HashSet<>(D4Element.all());
        assertEquals(D4Element.ORDER, group.size());
        for (D4Element a : group) {
            for (D4Element b : group) {
                assertTrue(group.contains(a.compose(b)));
            }
        }
    }
}
