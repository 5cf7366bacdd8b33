package org.dlcourse.grader.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dlcourse.grader.UnknownExerciseException;
import org.junit.jupiter.api.Test;

/** Naming the exercises of a release: short or full ids, in the course's order, and no guessing. */
class ReleasePlanTests {

    private static final List<String> COURSE = List.of("01-softmax", "02-sgd", "02-sgd-momentum", "11-sgd");

    @Test
    void shortAndFullIdsNameExercisesAndThePlanKeepsTheCoursesOrder() {
        ReleasePlan plan = ReleasePlan.of(COURSE, List.of("11", "01-softmax"), List.of("02-sgd", "01"), false);

        assertThat(plan.exercises()).containsExactly("01-softmax", "11-sgd");
        assertThat(plan.solutionsPublic()).containsExactly("01-softmax", "02-sgd");
        assertThat(plan.isPublic("02-sgd")).isTrue();
        assertThat(plan.isPublic("11-sgd")).isFalse();
    }

    @Test
    void noExerciseNamedMeansTheWholeCourseWithNoPublicSolutions() {
        ReleasePlan plan = ReleasePlan.of(COURSE, List.of(), List.of(), true);

        assertThat(plan.exercises()).isEqualTo(COURSE);
        assertThat(plan.solutionsPublic()).isEmpty();
        assertThat(plan.githubClassroom()).isTrue();
    }

    @Test
    void aNameOfNoExerciseOrOfSeveralIsAUsageErrorListingTheCourse() {
        assertThatThrownBy(() -> ReleasePlan.of(COURSE, List.of("09"), List.of(), false))
                .isInstanceOf(UnknownExerciseException.class).hasMessageContaining("09")
                .hasMessageContaining("01-softmax, 02-sgd");
        assertThatThrownBy(() -> ReleasePlan.of(COURSE, List.of(), List.of("softmax"), false))
                .isInstanceOf(UnknownExerciseException.class);
        assertThatThrownBy(() -> ReleasePlan.of(COURSE, List.of("1"), List.of(), false))
                .isInstanceOf(UnknownExerciseException.class);
        assertThatThrownBy(() -> ReleasePlan.of(COURSE, List.of("02"), List.of(), false))
                .as("02 is the start of two ids").isInstanceOf(UnknownExerciseException.class);
    }
}
