package org.dlcourse.equivariance;

/**
 * An element rᵏ of the cyclic group C4: the counter-clockwise rotation of the plane by k quarter turns, k ∈ 0..3.
 *
 * <p>The group law adds quarter turns modulo 4, rᵃ·rᵇ = r^(a+b mod 4); the identity is r⁰ and the inverse of rᵏ is
 * r^(−k mod 4). The generator r maps the point (x, y) to (−y, x) (lecture 08, §1).
 *
 * @param turns k, the number of counter-clockwise quarter turns, in 0..3
 */
public record QuarterTurn(int turns) {

    /** Checks that {@code turns} is in 0..3; {@link #of(int)} reduces any integer modulo 4. */
    public QuarterTurn {
        if (turns < 0 || turns > 3) {
            throw new IllegalArgumentException("turns must be in 0..3, was " + turns + " (use QuarterTurn.of to reduce)");
        }
    }

    /** The rotation by {@code turns} quarter turns reduced modulo 4, so that −1 is three quarter turns. */
    public static QuarterTurn of(int turns) {
        return new QuarterTurn(Math.floorMod(turns, 4));
    }

    /** The identity r⁰. */
    public static QuarterTurn identity() {
        return new QuarterTurn(0);
    }

    /** The product this·other: first {@code other}, then this rotation, rᵃ·rᵇ = r^(a+b mod 4). */
    public QuarterTurn compose(QuarterTurn other) {
        // BEGIN SOLUTION: add the quarter turns modulo 4
        return of(turns + other.turns);
        // END SOLUTION
    }

    /** The inverse r^(−k mod 4), so that g·g⁻¹ = identity. */
    public QuarterTurn inverse() {
        // BEGIN SOLUTION: the inverse turns back by the same number of quarter turns, modulo 4
        return of(-turns);
        // END SOLUTION
    }
}
