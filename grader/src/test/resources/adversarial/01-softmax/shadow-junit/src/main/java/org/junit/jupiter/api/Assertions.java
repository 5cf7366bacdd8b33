package org.junit.jupiter.api;

/** A class of the adversarial corpus that takes a protected name. */
public final class Assertions {
}
