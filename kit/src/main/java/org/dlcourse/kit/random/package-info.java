/**
 * Seeded randomness that produces the same numbers on every machine and ND4J backend: seeds derived from
 * names ({@link org.dlcourse.kit.random.Seeds}) and tensors filled in Java from a
 * {@link java.util.SplittableRandom} ({@link org.dlcourse.kit.random.RandomTensors}).
 *
 * <p>ND4J's own generator is never used: its streams differ between the CPU and CUDA backends and between
 * releases, so data sets, initial weights and test inputs built with it are not reproducible.
 */
package org.dlcourse.kit.random;
