package org.dlcourse.invariantntk;

import java.util.ArrayList;
import java.util.List;

/**
 * The two symmetry groups of the square the exercise averages over: C4, the four quarter turns, and D4, the quarter
 * turns and the four reflections rᵏm. Given to students complete.
 */
public enum Group {
    /** The cyclic group of the quarter turns r⁰, r¹, r², r³. */
    C4,
    /** The dihedral group r⁰, …, r³, then m, rm, r²m, r³m. */
    D4;

    /** The elements, rotations first, each exactly once. */
    public List<Symmetry> elements() {
        List<Symmetry> elements = new ArrayList<>();
        for (boolean mirrored : this == C4 ? new boolean[] {false} : new boolean[] {false, true}) {
            for (int k = 0; k < 4; k++) {
                elements.add(new Symmetry(k, mirrored));
            }
        }
        return List.copyOf(elements);
    }

    /** |G|: 4 for C4, 8 for D4. */
    public int order() {
        return this == C4 ? 4 : 8;
    }
}
