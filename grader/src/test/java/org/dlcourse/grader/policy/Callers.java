package org.dlcourse.grader.policy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dlcourse.grader.Fixtures;
import org.dlcourse.grader.GradeRequest;
import org.dlcourse.grader.Grader;
import org.dlcourse.grader.scoring.ExerciseResult;

/**
 * Many statements for the policy, each on line 9 of the method {@code add} of a class of its own ({@code Caller0},
 * {@code Caller1}, …) beside the fixture exercise 90-arith's solution, graded as one submission: one compilation and
 * one policy check for all of them, where one grading each cost a compiler JVM each. The policy checks every class
 * and reports each violation where it is, so a statement's violations are those located in its class, exactly the
 * ones it had alone in {@code Arith.add}.
 *
 * @param result the grading of the whole submission
 * @param callers the class that holds each statement, by statement
 */
record Callers(ExerciseResult result, Map<String, String> callers) {

    private static final String ARITH = "90-arith";
    private static final String PACKAGE_DIRECTORY = "org/dlcourse/fixture/arith/";

    /** Writes a class for each of {@code statements} into a copy of 90-arith's solution and grades it once. */
    static Callers grade(Grader grader, Path submission, List<String> statements) throws Exception {
        Fixtures.writeFixture(submission, ARITH, "solution");
        Map<String, String> callers = new LinkedHashMap<>();
        for (String statement : statements) {
            if (callers.containsKey(statement)) {
                continue;
            }
            String caller = "Caller" + callers.size();
            callers.put(statement, caller);
            Fixtures.writeSource(submission, ARITH, PACKAGE_DIRECTORY + caller + ".java", """
                    package org.dlcourse.fixture.arith;

                    public final class %1$s {

                        private %1$s() {
                        }

                        public static int add(int a, int b) throws Exception {
                            %2$s
                            return a + b;
                        }
                    }
                    """.formatted(caller, statement));
        }
        return new Callers(grader.grade(GradeRequest.of(submission)).exercises().get(0), Map.copyOf(callers));
    }

    /** The class that holds {@code statement}. */
    String caller(String statement) {
        String caller = callers.get(statement);
        if (caller == null) {
            throw new IllegalArgumentException("not graded: " + statement);
        }
        return caller;
    }

    /** The source file of {@code caller}, as the student knows it. */
    String source(String caller) {
        return ARITH + "/src/main/java/" + PACKAGE_DIRECTORY + caller + ".java";
    }

    /** The violations located in the source file of {@code caller}, in the policy's order. */
    List<PolicyViolation> violationsIn(String caller) {
        String file = source(caller) + ":";
        String declaration = source(caller) + " (";
        return result.violations().stream().filter(violation -> violation.location().startsWith(file)
                || violation.location().startsWith(declaration)).toList();
    }
}
