package org.dlcourse.kit.data;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Two super-classes made of disjoint sets of class ids, turning a multi-class data set into a binary task:
 * label 0 for the classes of the first, 1 for those of the second; samples of other classes are left out.
 *
 * <p>Example, footwear against tops in Fashion-MNIST:
 * {@code new BinaryGrouping("footwear", Set.of(5, 7, 9), "tops", Set.of(0, 2, 4, 6)).apply(split.train())}.
 *
 * @param firstName   the name of super-class 0
 * @param firstIds    the class ids grouped into super-class 0, at least one
 * @param secondName  the name of super-class 1
 * @param secondIds   the class ids grouped into super-class 1, at least one, none shared with {@code firstIds}
 */
public record BinaryGrouping(String firstName, Set<Integer> firstIds, String secondName, Set<Integer> secondIds) {

    /** Rejects empty or overlapping id sets and negative ids. */
    public BinaryGrouping {
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(secondName, "secondName");
        firstIds = Set.copyOf(firstIds);
        secondIds = Set.copyOf(secondIds);
        if (firstIds.isEmpty() || secondIds.isEmpty()) {
            throw new IllegalArgumentException("both super-classes need at least one class id");
        }
        for (int id : firstIds) {
            if (secondIds.contains(id)) {
                throw new IllegalArgumentException(
                        "class id " + id + " is in both " + firstName + " and " + secondName);
            }
        }
        if (Stream.concat(firstIds.stream(), secondIds.stream()).anyMatch(id -> id < 0)) {
            throw new IllegalArgumentException("class ids are not negative: " + firstIds + ", " + secondIds);
        }
    }

    /**
     * The samples of {@code data} whose class is in either super-class, in their original order, labelled 0 or 1,
     * with class names [firstName, secondName].
     *
     * @throws IllegalArgumentException if an id is not a class of {@code data} or no sample belongs to either
     */
    public Dataset apply(Dataset data) {
        int classes = data.classNames().size();
        for (Set<Integer> ids : List.of(firstIds, secondIds)) {
            for (int id : ids) {
                if (id >= classes) {
                    throw new IllegalArgumentException("class id " + id + " is unknown: the data set has " + classes
                            + " classes " + data.classNames());
                }
            }
        }
        int[] labels = data.labels();
        int[] kept = IntStream.range(0, labels.length)
                .filter(i -> firstIds.contains(labels[i]) || secondIds.contains(labels[i]))
                .toArray();
        if (kept.length == 0) {
            throw new IllegalArgumentException("no sample belongs to " + firstName + " or " + secondName);
        }
        Dataset selected = data.select(kept);
        int[] binary = IntStream.of(selected.labels()).map(label -> secondIds.contains(label) ? 1 : 0).toArray();
        return new Dataset(selected.images(), binary, List.of(firstName, secondName));
    }
}
