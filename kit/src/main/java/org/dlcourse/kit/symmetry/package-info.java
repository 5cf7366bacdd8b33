/**
 * Elements of the symmetry groups the course's equivariant networks are built for: the rotation group C4
 * ({@link org.dlcourse.kit.symmetry.C4Rotation}) and the dihedral group D4 of the square
 * ({@link org.dlcourse.kit.symmetry.D4Element}), each with its group law and its action on the integer
 * lattice ℤ², so that an equivariance test can state "f(g·x) = g·f(x)" about concrete elements.
 *
 * <p>Generators of random group elements live in {@code org.dlcourse.kit.property.Gens}.
 */
package org.dlcourse.kit.symmetry;
