package org.dlcourse.kit.property;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;

/** The generator behind {@link Gen#map}: {@code to} applied to every value, shrinking through {@code from} if given. */
final class MappedGen<T, R> implements Gen<R> {

    private final Gen<T> source;
    private final Function<? super T, ? extends R> to;
    private final Function<? super R, ? extends T> from;

    /** {@code from} may be null: then values of this generator are not shrunk. */
    MappedGen(Gen<T> source, Function<? super T, ? extends R> to, Function<? super R, ? extends T> from) {
        this.source = source;
        this.to = to;
        this.from = from;
    }

    @Override
    public R sample(SplittableRandom random) {
        return to.apply(source.sample(random));
    }

    @Override
    public List<R> edgeCases() {
        return source.edgeCases().stream().<R>map(to).toList();
    }

    @Override
    public Stream<R> shrink(R value) {
        if (from == null) {
            return Stream.empty();
        }
        return source.shrink(from.apply(value)).map(to);
    }
}
