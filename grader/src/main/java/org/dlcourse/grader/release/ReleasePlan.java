package org.dlcourse.grader.release;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dlcourse.grader.UnknownExerciseException;

/**
 * What a release hands out: which exercises, and which exercises' solutions are public (their deadlines have
 * passed), so that given code reproducing them may ship.
 *
 * @param exercises the exercises handed out, in the course's order
 * @param solutionsPublic the exercises whose solutions are public, in the course's order
 * @param githubClassroom also add the GitHub Classroom autograding workflow
 * @param selfStudy also ship the hidden suites, compiled, so that {@code ./check} grades as the grader does: for a
 *     learner without an instructor ({@link StudentChecker})
 */
public record ReleasePlan(List<String> exercises, List<String> solutionsPublic, boolean githubClassroom,
                          boolean selfStudy) {

    public ReleasePlan {
        exercises = List.copyOf(exercises);
        solutionsPublic = List.copyOf(solutionsPublic);
    }

    /**
     * The plan for a course with the exercises {@code course}: {@code requested} ({@code 01-softmax}, or {@code 01}
     * for the one exercise whose id starts with {@code 01-}; none: all) with the solutions of {@code published}
     * public, without the hidden suites.
     *
     * @throws UnknownExerciseException if a name matches no exercise of the course, or more than one
     */
    public static ReleasePlan of(List<String> course, Collection<String> requested, Collection<String> published,
            boolean githubClassroom) {
        Set<String> chosen = resolve(course, requested);
        Set<String> open = resolve(course, published);
        return new ReleasePlan(course.stream().filter(id -> requested.isEmpty() || chosen.contains(id)).toList(),
                course.stream().filter(open::contains).toList(), githubClassroom, false);
    }

    /** This plan for self-study: the handout also ships the hidden suites, compiled. */
    public ReleasePlan withSelfStudy() {
        return new ReleasePlan(exercises, solutionsPublic, githubClassroom, true);
    }

    /** Whether the solutions of {@code exercise} may be reproduced by released code. */
    boolean isPublic(String exercise) {
        return solutionsPublic.contains(exercise);
    }

    private static Set<String> resolve(List<String> course, Collection<String> names) {
        Set<String> ids = new LinkedHashSet<>();
        for (String name : names) {
            List<String> matches = new ArrayList<>();
            for (String id : course) {
                if (id.startsWith(name + "-")) {
                    matches.add(id);
                }
            }
            if (course.contains(name)) {
                matches = List.of(name);
            }
            if (matches.size() != 1) {
                throw new UnknownExerciseException("no single exercise is called " + name + "; the course has "
                        + String.join(", ", course));
            }
            ids.add(matches.get(0));
        }
        return ids;
    }
}
