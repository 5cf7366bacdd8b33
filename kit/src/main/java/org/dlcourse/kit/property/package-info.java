/**
 * The course's property-based testing on JUnit Jupiter: a {@link org.dlcourse.kit.property.Property} method
 * states a law, its {@link org.dlcourse.kit.property.ForAll} parameters are generated (edge cases first, then
 * random samples from a reproducible seed), and a failure is shrunk to a small counterexample and reported as a
 * {@link org.dlcourse.kit.property.PropertyFailure} with the seed that replays it ({@code -Ddlcourse.seed=<seed>}
 * overrides the seed of every property) and with what reproduces it without the seed: the inputs the method under
 * test really received ({@link org.dlcourse.kit.property.Counterexample#input} records those a property derives
 * from its parameters), a paste-ready Java snippet of them, and {@code -Ddlcourse.replay=Class#method:arguments},
 * which runs that one property once on exactly the reported arguments.
 *
 * <pre>{@code
 * class SoftmaxProperties {
 *     @Property(tries = 200)
 *     void rowsSumToOne(@ForAll("logits") INDArray logits) { ... }
 *
 *     Gen<INDArray> logits() {
 *         return Gens.matrices().rows(1, 16).cols(2, 12).values(Gens.doubles(-50, 50));
 *     }
 * }
 * }</pre>
 *
 * <p>Generators ({@link org.dlcourse.kit.property.Gen}) come from {@link org.dlcourse.kit.property.Gens}:
 * numbers, choices, tensors, shapes, permutations, and elements of C4, D4, SO(2), SO(3). They draw only from the
 * {@code SplittableRandom} they are given, so a seed reproduces the same samples on every machine and backend.
 * The run itself ({@code PropertyRunner}, {@code SampleSchedule}, {@code Shrinker}) does not depend on JUnit;
 * {@link org.dlcourse.kit.property.PropertyExtension} is the thin layer that plugs it into Jupiter.
 */
package org.dlcourse.kit.property;
