package org.dlcourse.kit.property;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * One of a fixed list of values, chosen uniformly; small lists are tried exhaustively as edge cases, and a value
 * shrinks toward the front of the list.
 */
final class ElementGen<T> implements Gen<T> {

    /** Lists up to this size (a Boolean, the group D4) are tried in full before any random sample. */
    static final int EXHAUSTIVE_SIZE = 8;

    private final List<T> elements;

    ElementGen(List<T> elements) {
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("need at least one element to choose from");
        }
        this.elements = List.copyOf(elements);
    }

    @Override
    public T sample(SplittableRandom random) {
        return elements.get(random.nextInt(elements.size()));
    }

    /** All elements of a small list, otherwise the first and the last. */
    @Override
    public List<T> edgeCases() {
        if (elements.size() <= EXHAUSTIVE_SIZE) {
            return elements;
        }
        return List.of(elements.get(0), elements.get(elements.size() - 1));
    }

    /** The elements before {@code value}, the first one first. */
    @Override
    public Stream<T> shrink(T value) {
        int index = elements.indexOf(value);
        return index <= 0 ? Stream.empty() : elements.subList(0, index).stream();
    }
}
