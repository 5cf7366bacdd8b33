package org.dlcourse.kit.property;

/** A class of the adversarial corpus that takes a protected name. */
public final class Gens {
}
