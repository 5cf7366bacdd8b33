package org.dlcourse.equivariance;

/**
 * An element rᵏmˢ of the dihedral group D4, the eight symmetries of the square.
 *
 * <p>r is the counter-clockwise quarter turn (x, y) ↦ (−y, x), m the mirror (x, y) ↦ (−x, y) (a left-right flip of
 * an image); rᵏmˢ first mirrors (if s = 1), then rotates by k quarter turns. The relations r⁴ = m² = e and
 * r·m = m·r³ give the product
 * <pre>
 *   (rᵃmˢ)·(rᵇmᵗ) = r^(a + (−1)ˢ·b mod 4) m^(s + t mod 2),
 * </pre>
 * the inverse r^(−k) of a rotation and the reflections as their own inverses (Cohen and Welling, "Group Equivariant
 * Convolutional Networks", ICML 2016, §4, group p4m; lecture 08, §1).
 *
 * @param quarterTurns k, the quarter turns applied after the mirror, in 0..3
 * @param mirrored     s = 1: the mirror is applied first
 */
public record DihedralElement(int quarterTurns, boolean mirrored) {

    /** Checks that {@code quarterTurns} is in 0..3. */
    public DihedralElement {
        if (quarterTurns < 0 || quarterTurns > 3) {
            throw new IllegalArgumentException("quarterTurns must be in 0..3, was " + quarterTurns);
        }
    }

    /** The identity r⁰m⁰. */
    public static DihedralElement identity() {
        return new DihedralElement(0, false);
    }

    /** The generator r. */
    public static DihedralElement rotation() {
        return new DihedralElement(1, false);
    }

    /** The generator m. */
    public static DihedralElement mirror() {
        return new DihedralElement(0, true);
    }

    /** The product this·other: first {@code other}, then this element (formula in the class comment). */
    public DihedralElement compose(DihedralElement other) {
        throw new UnsupportedOperationException("TODO: this·other acts by first applying other; a mirror in this element reverses the turns of other: r^(a + (−1)ˢ·b) m^(s + t)");
    }

    /** The inverse: r^(−k mod 4) for a rotation rᵏ, the element itself for a reflection rᵏm. */
    public DihedralElement inverse() {
        throw new UnsupportedOperationException("TODO: a rotation turns back; every reflection rᵏm is its own inverse");
    }
}
