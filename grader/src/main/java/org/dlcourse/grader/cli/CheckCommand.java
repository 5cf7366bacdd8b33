package org.dlcourse.grader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dlcourse.grader.CourseUnavailableException;
import org.dlcourse.grader.GradeRequest;
import org.dlcourse.grader.Grader;
import org.dlcourse.grader.UnknownExerciseException;
import org.dlcourse.grader.course.Course;
import org.dlcourse.grader.course.ExerciseBundle;
import org.dlcourse.grader.course.Suite;
import org.dlcourse.grader.report.ConsoleReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code grader check}: the student's self-check, with the public tests only, or in a self-study handout with the
 * public and hidden tests. A data set the checked exercises read that this machine lacks stops the check (exit 3)
 * before anything runs, so that it is never reported as failed tests.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Self-check: runs only the public tests on a submission, exactly as grading runs them. The"
                + " hidden tests run only at grading, or here with --self-study.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.USAGE_LINE, ExitCodes.UNUSABLE_LINE, ExitCodes.INTERNAL_LINE})
final class CheckCommand implements Callable<Integer> {

    /** Shown before and after the results, so that "all passed" never reads as full marks. */
    static final String BANNER = "Self-check with the PUBLIC tests only. Grading also runs hidden tests, so passing"
            + " every test here does not mean full marks.";

    /** The banner of a self-study check, which scores as grading does. */
    static final String SELF_STUDY_BANNER = "Self-check with the public and hidden tests (self-study): the total is"
            + " the score grading gives this code.";

    @Spec
    private CommandSpec spec;

    @Mixin
    private CourseOption course;

    @Mixin
    private SandboxOption sandbox;

    @Parameters(index = "0", paramLabel = "SUBMISSION",
            description = "A directory of exercise modules laid out like exercises/ (ID/src/main/java).")
    private Path submission;

    @Option(names = {"-e", "--exercise"}, paramLabel = "ID",
            description = "Check only this exercise; repeatable (default: all).")
    private List<String> exercises = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed of every property, to replay a failure the report names (default: each property's"
                    + " own fixed seed).")
    private Long seed;

    @Option(names = "--replay", paramLabel = "COUNTEREXAMPLE",
            description = "Run one property once on exactly a reported counterexample: the value a report gives"
                    + " after -Ddlcourse.replay=, Class#method:arguments (quote it); repeatable.")
    private List<String> replays = new ArrayList<>();

    @Option(names = "--self-study",
            description = "Run the hidden tests too, scored as grading scores them: for a self-study handout, whose"
                    + " course holds the hidden tests compiled.")
    private boolean selfStudy;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Course loaded = course.load();
        // Before the banner: a mistyped exercise is a usage error of one line, not a report.
        for (String id : exercises) {
            if (loaded.exercise(id).isEmpty()) {
                throw new UnknownExerciseException("unknown exercise '" + id + "'; the course has "
                        + String.join(", ", loaded.exerciseIds()));
            }
        }
        GradeRequest request = GradeRequest.of(submission).withExercises(exercises).withSeed(seed)
                .withReplays(replays).withSandbox(sandbox.required());
        if (selfStudy) {
            requireHiddenTests(loaded, request);
        } else {
            request = request.withSuites(Set.of(Suite.PUBLIC));
        }
        Grader grader = new Grader(loaded);
        String banner = selfStudy ? SELF_STUDY_BANNER : BANNER;
        PrintWriter out = spec.commandLine().getOut();
        out.println(banner);
        out.println();
        out.flush();
        ConsoleReport.write(grader.grade(request), out);
        out.println();
        out.println(banner);
        out.flush();
        return ExitCodes.OK;
    }

    /** A self-study check needs each exercise's hidden suite, not the descriptor a public checker has instead. */
    private static void requireHiddenTests(Course course, GradeRequest request) {
        for (ExerciseBundle bundle : course.exercises()) {
            boolean checked = request.exercises().isEmpty() || request.exercises().contains(bundle.id());
            if (checked && bundle.hiddenTests().getFileName().toString().equals(Course.DESCRIPTOR_ONLY)) {
                throw new CourseUnavailableException("--self-study needs the hidden tests of " + bundle.id()
                        + ", which this course has not (" + bundle.hiddenTests() + " is the descriptor alone)");
            }
        }
    }
}
