package org.dlcourse.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Shards are disjoint, cover the class, differ in size by at most one, and do not depend on listing order. */
class ShardTests {

    private static List<Submission> students(int count) {
        List<Submission> students = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            students.add(new Submission(String.format("s%03d", i), Path.of("class", "s" + i)));
        }
        return students;
    }

    @Test
    void shardsPartitionTheClassIntoBalancedDisjointParts() {
        for (int size : new int[] {0, 1, 7, 50}) {
            for (int count = 1; count <= 6; count++) {
                List<Submission> all = students(size);
                Set<String> seen = new HashSet<>();
                int smallest = Integer.MAX_VALUE;
                int largest = 0;
                for (int index = 1; index <= count; index++) {
                    List<Submission> part = new Shard(index, count).select(all);
                    for (Submission submission : part) {
                        assertThat(seen.add(submission.student())).as("%s in two shards", submission).isTrue();
                    }
                    smallest = Math.min(smallest, part.size());
                    largest = Math.max(largest, part.size());
                }
                assertThat(seen).hasSize(size);
                assertThat(largest - smallest).as("%d students in %d shards", size, count).isLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void theSplitDependsOnTheStudentIdsNotOnTheOrderTheyWereListedIn() {
        List<Submission> sorted = students(23);
        List<Submission> shuffled = new ArrayList<>(sorted);
        Collections.shuffle(shuffled, new Random(7));
        for (int index = 1; index <= 4; index++) {
            assertThat(new Shard(index, 4).select(shuffled)).isEqualTo(new Shard(index, 4).select(sorted));
        }
    }

    @Test
    void parsesIOverNAndRejectsAnythingElse() {
        assertThat(Shard.parse("2/4")).isEqualTo(new Shard(2, 4));
        assertThat(Shard.parse(" 1 / 1 ")).isEqualTo(Shard.ALL);
        for (String wrong : new String[] {"0/4", "5/4", "1/0", "1", "a/b", "1/2/3", ""}) {
            assertThatThrownBy(() -> Shard.parse(wrong)).as(wrong).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
