package org.dlcourse.kit.property;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The generator behind {@link Gen#filter}: rejection sampling with a bound on consecutive rejections. */
final class FilteredGen<T> implements Gen<T> {

    /** More rejections in a row than this mean the predicate is too strict for rejection sampling. */
    static final int MAX_CONSECUTIVE_REJECTIONS = 10_000;

    private final Gen<T> source;
    private final Predicate<? super T> predicate;

    FilteredGen(Gen<T> source, Predicate<? super T> predicate) {
        this.source = source;
        this.predicate = predicate;
    }

    @Override
    public T sample(SplittableRandom random) {
        for (int attempt = 0; attempt < MAX_CONSECUTIVE_REJECTIONS; attempt++) {
            T value = source.sample(random);
            if (predicate.test(value)) {
                return value;
            }
        }
        throw new PropertyDefinitionException("Gen.filter rejected " + MAX_CONSECUTIVE_REJECTIONS
                + " samples in a row: too few values pass the predicate; generate valid values directly instead");
    }

    @Override
    public List<T> edgeCases() {
        return source.edgeCases().stream().filter(predicate).toList();
    }

    @Override
    public Stream<T> shrink(T value) {
        return source.shrink(value).filter(predicate);
    }

    @Override
    public String show(T value) {
        return source.show(value);
    }
}
