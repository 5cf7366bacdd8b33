package org.dlcourse.grader.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dlcourse.grader.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Graders side by side in one JVM (a class of students graded with {@code --jobs}, the test suite's corpora) each
 * discover the same exercise's tests: every one must find all of them. Each discovery loads its own copy of the JUnit
 * Platform, which scans a jar of tests through the JVM's one zip file system for that jar; when two scans of the same
 * jar overlapped, the first to end closed the other's, and 01-softmax's public tests went missing from one plan.
 */
class ConcurrentDiscoveryTests {

    private static final int GRADERS = 4;
    private static final int ROUNDS = 2;

    @Test
    void gradersDiscoveringTheSameExerciseAtOnceEachFindEveryTest() throws Exception {
        Course course = Fixtures.realCourse();
        ExerciseBundle softmax = course.exercise("01-softmax").orElseThrow();
        List<GradedTest> alone = new TestDiscovery(course).plan(softmax, Set.of(Suite.PUBLIC, Suite.HIDDEN));
        assertThat(alone).extracting(GradedTest::suite).contains(Suite.PUBLIC, Suite.HIDDEN);

        ExecutorService graders = Executors.newFixedThreadPool(GRADERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<GradedTest>>> plans = new ArrayList<>();
                for (int grader = 0; grader < GRADERS; grader++) {
                    plans.add(graders.submit(() -> {
                        start.await();
                        return new TestDiscovery(course).plan(softmax, Set.of(Suite.PUBLIC, Suite.HIDDEN));
                    }));
                }
                start.countDown();
                for (Future<List<GradedTest>> plan : plans) {
                    assertThat(plan.get()).as("round %d", round).containsExactlyElementsOf(alone);
                }
            }
        } finally {
            graders.shutdownNow();
        }
    }
}
