package org.dlcourse.grader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dlcourse.grader.release.HandoutRelease;
import org.dlcourse.grader.release.ReleasePlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grader release}: the student handout. */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = "Writes the student handout to OUT: the chosen exercises (stubs and public tests), the kit, their"
                + " lectures and figures, the licences, a student README and POM, the Maven wrapper and handout.json"
                + " (which exercises, which solutions are public); then audits it. The audit refuses the handout (exit"
                + " 3, the files are removed) if any solution, hidden test or solution region got in, or if released"
                + " code reproduces, under other names and constants, a solution region of an exercise whose"
                + " solutions are not public, or if a released exercise's given code solves such an exercise's tasks"
                + " (solutions/given-code.properties); the refusal names the file and lines, the region, and which"
                + " solutions must be declared public or which exercises held back. With --self-study the handout also"
                + " holds the hidden tests, compiled, and the command prints what that does and does not protect.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.USAGE_LINE, ExitCodes.UNUSABLE_LINE, ExitCodes.RELEASE_REFUSED_LINE,
            ExitCodes.INTERNAL_LINE})
final class ReleaseCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "An empty or new directory.")
    private Path out;

    @Option(names = "--root", paramLabel = "DIR", defaultValue = ".",
            description = "The course repository (default: the current directory).")
    private Path root;

    @Option(names = {"-e", "--exercise"}, paramLabel = "ID",
            description = "Hand out this exercise (01 or 01-softmax); repeatable (default: all).")
    private List<String> exercises = new ArrayList<>();

    @Option(names = "--solutions-public", paramLabel = "ID", split = ",",
            description = "These exercises' solutions are public (their deadlines have passed), so released code may"
                    + " reproduce them; comma-separated or repeatable (default: none).")
    private List<String> solutionsPublic = new ArrayList<>();

    @Option(names = "--github-classroom",
            description = "Add the GitHub Classroom autograding workflow (.github/workflows/autograding.yml).")
    private boolean githubClassroom;

    @Option(names = "--self-study",
            description = "For learners without an instructor: also ship the hidden tests, compiled (no solutions, no"
                    + " hidden-test sources), so that the handout's ./check runs them too and scores as grading does."
                    + " Compiled tests can be decompiled: not for work graded for credit.")
    private boolean selfStudy;

    @Override
    public Integer call() throws IOException {
        Path repository = root.toAbsolutePath().normalize();
        ReleasePlan plan = ReleasePlan.of(HandoutRelease.courseExercises(repository), exercises, solutionsPublic,
                githubClassroom);
        if (selfStudy) {
            plan = plan.withSelfStudy();
        }
        HandoutRelease.release(repository, out, plan);
        PrintWriter printed = spec.commandLine().getOut();
        printed.println("grader: handout of " + String.join(", ", plan.exercises())
                + " written to " + out + " and audited: no solutions, " + (selfStudy ? "hidden tests compiled only"
                        : "no hidden tests") + ", no solution regions, nothing that gives away the solutions of "
                + (plan.solutionsPublic().isEmpty() ? "any exercise"
                        : "an exercise other than " + String.join(", ", plan.solutionsPublic())));
        if (selfStudy) {
            printed.println();
            printed.println(HandoutRelease.selfStudyNotice());
        }
        printed.flush();
        return ExitCodes.OK;
    }
}
