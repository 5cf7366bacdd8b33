package org.dlcourse.grader.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Shard {@code index} of {@code count} (1-based, as written on the command line: {@code --shard 2/4}).
 *
 * <p>The split is round-robin over the submissions sorted by student id: the same class gives every shard the same
 * submissions on every machine, the shards are disjoint, together they are the class, and their sizes differ by
 * at most one. A CI matrix or a Kubernetes indexed Job (index 0-based, hence {@code $((INDEX+1))}) runs one shard
 * each; {@code grader merge} combines their gradebooks.
 *
 * @param index 1 … count
 * @param count the number of shards, at least 1
 */
public record Shard(int index, int count) {

    /** Everything in one shard. */
    public static final Shard ALL = new Shard(1, 1);

    /** Checks {@code 1 <= index <= count}. */
    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is i/n with 1 <= i <= n, but was " + index + "/" + count);
        }
    }

    /** Parses {@code i/n}. */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("a shard is written i/n (e.g. 2/4), but was '" + text + "'");
        }
        try {
            return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        } catch (NumberFormatException notNumbers) {
            throw new IllegalArgumentException("a shard is written i/n (e.g. 2/4), but was '" + text + "'",
                    notNumbers);
        }
    }

    /** This shard's part of {@code submissions}, ordered by student id. */
    public List<Submission> select(List<Submission> submissions) {
        List<Submission> sorted = new ArrayList<>(submissions);
        sorted.sort(Comparator.comparing(Submission::student));
        List<Submission> mine = new ArrayList<>();
        for (int position = 0; position < sorted.size(); position++) {
            if (position % count == index - 1) {
                mine.add(sorted.get(position));
            }
        }
        return mine;
    }

    /** {@code i/n}. */
    @Override
    public String toString() {
        return index + "/" + count;
    }
}
