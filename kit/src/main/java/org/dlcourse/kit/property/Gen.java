package org.dlcourse.kit.property;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A generator of values of type {@code T} for properties: random samples, edge cases tried first, and shrink
 * candidates that lead a failing sample to a smaller counterexample.
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li>{@link #sample} draws only from the given {@link SplittableRandom}, never from another source of
 *       randomness (in particular not from ND4J's RNG), so that a seed reproduces the same samples on every
 *       machine and backend;</li>
 *   <li>{@link #edgeCases} and {@link #shrink} stay inside the generator's domain;</li>
 *   <li>every shrink candidate is strictly "simpler" than the value by some well-founded measure, so that
 *       repeatedly shrinking terminates; candidates come in the order they should be tried.</li>
 * </ul>
 * A lambda {@code random -> ...} is a generator without edge cases and without shrinking.
 *
 * @param <T> the type of the generated values
 */
@FunctionalInterface
public interface Gen<T> {

    /** A random value drawn from {@code random} only. */
    T sample(SplittableRandom random);

    /** Values tried before any random sample because bugs hide there (0, ±1, bounds, ties...); none by default. */
    default List<T> edgeCases() {
        return List.of();
    }

    /** Strictly simpler values than {@code value}, the most promising first; none by default. */
    default Stream<T> shrink(T value) {
        return Stream.empty();
    }

    /** The value as shown in a counterexample. */
    default String show(T value) {
        return ValueFormat.show(value);
    }

    /**
     * The generator of {@code f(x)}; edge cases are mapped, but shrinking is lost because a value of {@code R}
     * cannot be traced back to the {@code T} it came from. Use {@link #map(Function, Function)} or
     * {@link Gens#zip} to keep shrinking.
     */
    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return new MappedGen<>(this, f, null);
    }

    /**
     * The generator of {@code to(x)} that keeps shrinking: a value is shrunk by shrinking {@code from(value)}
     * and mapping the candidates with {@code to}. Requires {@code from(to(x))} to equal {@code x}.
     */
    default <R> Gen<R> map(Function<? super T, ? extends R> to, Function<? super R, ? extends T> from) {
        return new MappedGen<>(this, to, Objects.requireNonNull(from, "from"));
    }

    /**
     * The generator of the values that satisfy {@code predicate}: samples are redrawn, edge cases and shrink
     * candidates filtered. Sampling fails with {@link PropertyDefinitionException} after 10,000 rejected samples in
     * a row; generate valid values directly when the predicate is that strict.
     */
    default Gen<T> filter(Predicate<? super T> predicate) {
        return new FilteredGen<>(this, predicate);
    }
}
