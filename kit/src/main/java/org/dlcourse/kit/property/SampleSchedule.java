package org.dlcourse.kit.property;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The arguments of each try of a property: combinations of edge cases first, then random samples.
 *
 * <p>Edge-case combinations take at most half of the tries (at least one). They start with the "diagonal":
 * combination i takes edge case i mod nⱼ of parameter j, so every edge case of every parameter is tried within
 * the first max nⱼ tries; then the remaining combinations of the full product follow, the first parameter
 * varying fastest. A parameter without edge cases gets a random sample in those tries. Each try draws from its
 * own {@link SplittableRandom#split() split} of the seeded generator, so the samples depend on the seed and
 * the generators only.
 */
final class SampleSchedule {

    /** Marks a parameter without edge cases in a combination: it gets a random sample. */
    private static final int RANDOM = -1;

    private final List<GeneratedParameter> parameters;
    private final List<List<Object>> edgeCases;
    private final List<int[]> edgeCombinations;
    private final SplittableRandom random;
    private int nextTry;

    SampleSchedule(List<GeneratedParameter> parameters, int tries, long seed) {
        this.parameters = parameters;
        this.edgeCases = parameters.stream().map(parameter -> List.copyOf(parameter.generator().edgeCases())).toList();
        this.edgeCombinations = combinations(edgeCases.stream().mapToInt(List::size).toArray(),
                Math.min(tries, Math.max(1, tries / 2)));
        this.random = new SplittableRandom(seed);
    }

    /** The number of tries that start with edge cases. */
    int edgeTries() {
        return edgeCombinations.size();
    }

    /** The arguments of the next try, in parameter order. */
    List<Object> next() {
        SplittableRandom tryRandom = random.split();
        int[] combination = nextTry < edgeCombinations.size() ? edgeCombinations.get(nextTry) : null;
        nextTry++;
        List<Object> arguments = new ArrayList<>(parameters.size());
        for (int j = 0; j < parameters.size(); j++) {
            boolean edge = combination != null && combination[j] != RANDOM;
            arguments.add(edge ? edgeCases.get(j).get(combination[j])
                    : parameters.get(j).generator().sample(tryRandom));
        }
        return arguments;
    }

    /** At most {@code budget} index combinations: the diagonal, then the product in mixed-radix order. */
    static List<int[]> combinations(int[] sizes, int budget) {
        int longest = Arrays.stream(sizes).max().orElse(0);
        Set<List<Integer>> chosen = new LinkedHashSet<>();
        for (int i = 0; i < longest && chosen.size() < budget; i++) {
            int step = i;
            chosen.add(IntStream.of(sizes).map(size -> size == 0 ? RANDOM : step % size).boxed().toList());
        }
        int[] digits = IntStream.of(sizes).map(size -> size == 0 ? RANDOM : 0).toArray();
        while (longest > 0 && chosen.size() < budget) {
            chosen.add(Arrays.stream(digits).boxed().toList());
            if (!increment(digits, sizes)) {
                break;
            }
        }
        return chosen.stream().map(combination -> combination.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    /** Advances the mixed-radix counter {@code digits}, first digit fastest; false once it wraps around. */
    private static boolean increment(int[] digits, int[] sizes) {
        for (int j = 0; j < digits.length; j++) {
            if (sizes[j] == 0) {
                continue;
            }
            digits[j]++;
            if (digits[j] < sizes[j]) {
                return true;
            }
            digits[j] = 0;
        }
        return false;
    }
}
