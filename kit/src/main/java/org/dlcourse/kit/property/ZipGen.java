package org.dlcourse.kit.property;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Values built from two components, each from its own generator, that shrink component by component; the
 * generator behind {@link Gens#zip}. The projections recover the components of a value, which is what lets
 * shrinking work on the components (a record's accessors, typically).
 */
final class ZipGen<A, B, R> implements Gen<R> {

    private final Gen<A> first;
    private final Gen<B> second;
    private final BiFunction<? super A, ? super B, ? extends R> build;
    private final Function<? super R, ? extends A> firstOf;
    private final Function<? super R, ? extends B> secondOf;

    ZipGen(Gen<A> first, Gen<B> second, BiFunction<? super A, ? super B, ? extends R> build,
            Function<? super R, ? extends A> firstOf, Function<? super R, ? extends B> secondOf) {
        this.first = first;
        this.second = second;
        this.build = build;
        this.firstOf = firstOf;
        this.secondOf = secondOf;
    }

    @Override
    public R sample(SplittableRandom random) {
        A a = first.sample(random);
        return build.apply(a, second.sample(random));
    }

    /** Pairs the i-th edge cases of both components, cycling the shorter list, so every edge case appears once. */
    @Override
    public List<R> edgeCases() {
        List<A> firsts = first.edgeCases();
        List<B> seconds = second.edgeCases();
        if (firsts.isEmpty() || seconds.isEmpty()) {
            return List.of();
        }
        List<R> pairs = new ArrayList<>();
        for (int i = 0; i < Math.max(firsts.size(), seconds.size()); i++) {
            pairs.add(build.apply(firsts.get(i % firsts.size()), seconds.get(i % seconds.size())));
        }
        return pairs;
    }

    /** The candidates of the first component with the second kept, then the other way round. */
    @Override
    public Stream<R> shrink(R value) {
        A a = firstOf.apply(value);
        B b = secondOf.apply(value);
        return Stream.concat(
                first.shrink(a).map(smaller -> build.apply(smaller, b)),
                second.shrink(b).map(smaller -> build.apply(a, smaller)));
    }
}
