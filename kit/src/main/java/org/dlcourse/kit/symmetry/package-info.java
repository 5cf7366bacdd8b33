/**
 * Elements of the rotation group C4 ({@link org.dlcourse.kit.symmetry.C4Rotation}) the course's equivariant networks
 * are built for, with the group law and the action on the integer lattice ℤ², so that an equivariance test can state
 * "f(g·x) = g·f(x)" about concrete elements. The dihedral group D4 is not here: its group law is what exercise 08
 * asks students to write, and the kit ships in every handout; the hidden tests of 08 hold its reference.
 *
 * <p>Generators of random group elements live in {@code org.dlcourse.kit.property.Gens}.
 */
package org.dlcourse.kit.symmetry;
