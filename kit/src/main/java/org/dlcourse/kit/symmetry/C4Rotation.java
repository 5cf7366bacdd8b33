package org.dlcourse.kit.symmetry;

import java.util.List;

/**
 * An element rᵏ of the cyclic group C4: a rotation of the plane by k counter-clockwise quarter turns, k ∈ {0,1,2,3}.
 *
 * <p>The group law is addition of quarter turns modulo 4, rᵃ·rᵇ = rᵃ⁺ᵇ; the generator r acts on the integer
 * lattice as (x, y) ↦ (−y, x), the counter-clockwise rotation by π/2 about the origin.
 *
 * @param quarterTurns k, the number of counter-clockwise quarter turns, in 0..3
 */
public record C4Rotation(int quarterTurns) {

    /** The order of the group. */
    public static final int ORDER = 4;

    /** Checks that {@code quarterTurns} is in 0..3; use {@link #of(int)} to reduce any integer modulo 4. */
    public C4Rotation {
        if (quarterTurns < 0 || quarterTurns >= ORDER) {
            throw new IllegalArgumentException("quarterTurns must be in 0..3, was " + quarterTurns);
        }
    }

    /** The rotation by {@code quarterTurns} quarter turns, reduced modulo 4 (so −1 is three quarter turns). */
    public static C4Rotation of(int quarterTurns) {
        return new C4Rotation(Math.floorMod(quarterTurns, ORDER));
    }

    /** The identity r⁰. */
    public static C4Rotation identity() {
        return new C4Rotation(0);
    }

    /** The four elements r⁰, r¹, r², r³ in this order. */
    public static List<C4Rotation> all() {
        return List.of(new C4Rotation(0), new C4Rotation(1), new C4Rotation(2), new C4Rotation(3));
    }

    /** The product this·other, i.e. first {@code other}, then this rotation: rᵃ·rᵇ = rᵃ⁺ᵇ. */
    public C4Rotation compose(C4Rotation other) {
        return of(quarterTurns + other.quarterTurns);
    }

    /** The inverse (rᵏ)⁻¹ = r⁻ᵏ. */
    public C4Rotation inverse() {
        return of(-quarterTurns);
    }

    /** The rotation angle kπ/2 in radians, in [0, 2π). */
    public double angle() {
        return quarterTurns * Math.PI / 2;
    }

    /** The image of the lattice point (x, y), applying (x, y) ↦ (−y, x) k times; returned as {x', y'}. */
    public int[] act(int x, int y) {
        int[] point = {x, y};
        for (int turn = 0; turn < quarterTurns; turn++) {
            point = new int[] {-point[1], point[0]};
        }
        return point;
    }
}
