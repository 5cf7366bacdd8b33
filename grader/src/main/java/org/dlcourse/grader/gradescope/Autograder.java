package org.dlcourse.grader.gradescope;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.dlcourse.grader.CourseUnavailableException;
import org.dlcourse.grader.GradeRequest;
import org.dlcourse.grader.Grader;
import org.dlcourse.grader.MachineNotReadyException;
import org.dlcourse.grader.SubmissionUnusableException;
import org.dlcourse.grader.UnknownExerciseException;
import org.dlcourse.grader.report.GradescopeReport;
import org.dlcourse.grader.report.Report;
import org.dlcourse.grader.sandbox.SandboxUnavailableException;
import org.dlcourse.grader.workspace.Workspace;
import org.dlcourse.kit.backend.BackendUnavailableException;

/**
 * One Gradescope autograder run: finds the exercise modules in the upload ({@link GradescopeSubmission}), grades
 * them and writes {@code results.json} ({@link GradescopeReport}). Whatever happens, a {@code results.json} is
 * written that tells the student what happened: an upload the grader cannot use, a machine that cannot grade (no
 * sandbox, no backend, no course bundle), a misconfigured autograder or a defect of the grader each get a text
 * saying whose the fault is and what to do, with a score of 0, since Gradescope needs a score.
 */
public final class Autograder {

    /** How a run ended. */
    public enum Verdict {
        /** Graded, whatever the score. */
        GRADED,
        /** The upload holds nothing the grader can use: the student's to fix. */
        UNUSABLE_SUBMISSION,
        /** The machine cannot grade (sandbox, backend, course bundle): the instructor's to fix. */
        MACHINE_FAULT,
        /** The autograder's options name an exercise the course does not have: the instructor's to fix. */
        MISCONFIGURED,
        /** A defect of the grader. */
        DEFECT
    }

    /**
     * What a run did.
     *
     * @param verdict how it ended
     * @param message the score and the sandbox used when graded, else the one-line reason for the instructor
     * @param defect the exception of a {@link Verdict#DEFECT}, else null
     */
    public record Run(Verdict verdict, String message, Throwable defect) {

        /** Requires a verdict and a message. */
        public Run {
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * How to grade every upload.
     *
     * @param exercises the exercises of the assignment; empty for all of the course's
     * @param seed the property seed, or null for each property's own
     * @param sandboxed whether untrusted code runs in the sandbox (false only by the instructor's explicit choice)
     * @param hiddenTests Gradescope's visibility of the hidden tests
     */
    public record Settings(List<String> exercises, Long seed, boolean sandboxed,
                           GradescopeReport.Visibility hiddenTests) {

        /** Copies the exercises and requires a visibility. */
        public Settings {
            exercises = List.copyOf(exercises);
            Objects.requireNonNull(hiddenTests, "hiddenTests");
        }
    }

    private final Supplier<Grader> grader;
    private final Settings settings;

    /**
     * An autograder grading with the grader {@code grader} makes (loading its course inside the run, so that a
     * missing course bundle is reported in {@code results.json} too) as {@code settings} say.
     */
    public Autograder(Supplier<Grader> grader, Settings settings) {
        this.grader = Objects.requireNonNull(grader, "grader");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Grades the upload in {@code directory} and writes its {@code results.json}, replacing any earlier one.
     *
     * @throws IOException only if {@code results.json} cannot be written
     */
    public Run run(AutograderDirectory directory) throws IOException {
        Instant start = Instant.now();
        Outcome outcome = grade(directory);
        String results = outcome.report() != null
                ? GradescopeReport.render(outcome.report(), settings.hiddenTests())
                : GradescopeReport.notGraded(outcome.studentText(), Duration.between(start, Instant.now()));
        Files.createDirectories(directory.results().getParent());
        Files.writeString(directory.results(), results, StandardCharsets.UTF_8);
        return outcome.run();
    }

    private record Outcome(Run run, Report report, String studentText) {
    }

    // Every failure becomes a results.json: Gradescope shows the student nothing useful when the file is missing.
    private Outcome grade(AutograderDirectory directory) {
        Path scratch = null;
        try {
            Grader grader = this.grader.get();
            List<String> ids = settings.exercises().isEmpty() ? grader.course().exerciseIds() : settings.exercises();
            // The assignment's exercises are checked before the upload, so a misconfigured autograder shows at once.
            for (String id : ids) {
                if (grader.course().exercise(id).isEmpty()) {
                    throw UnknownExerciseException.of(id, grader.course().exerciseIds());
                }
            }
            scratch = Files.createTempDirectory("dlcourse-gradescope-");
            Path modules = GradescopeSubmission.modules(directory.submission(), ids, scratch);
            Report report = grader.grade(GradeRequest.of(modules).withExercises(settings.exercises())
                    .withSeed(settings.seed()).withSandbox(settings.sandboxed()));
            return new Outcome(new Run(Verdict.GRADED, report.score() + " (sandbox: "
                    + report.environment().sandbox() + ")", null), report, "");
        } catch (SubmissionUnusableException unusable) {
            return new Outcome(new Run(Verdict.UNUSABLE_SUBMISSION, unusable.getMessage(), null), null,
                    "Your submission could not be graded: " + unusable.getMessage() + ".\n\n"
                            + GradescopeSubmission.LAYOUTS + "\nFix it and submit again.\n");
        } catch (SandboxUnavailableException | BackendUnavailableException | CourseUnavailableException
                | MachineNotReadyException fault) {
            return new Outcome(new Run(Verdict.MACHINE_FAULT, fault.getMessage(), null), null,
                    notYourFault("the grading machine cannot run the grader", fault.getMessage()));
        } catch (UnknownExerciseException misconfigured) {
            return new Outcome(new Run(Verdict.MISCONFIGURED, misconfigured.getMessage(), null), null,
                    notYourFault("the autograder is misconfigured", misconfigured.getMessage()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return defect(interrupted);
        } catch (IOException | RuntimeException defect) {
            return defect(defect);
        } finally {
            if (scratch != null) {
                try {
                    Workspace.deleteTree(scratch);
                } catch (IOException leftOver) {
                    // A temporary directory in a container Gradescope discards after this run.
                }
            }
        }
    }

    private static Outcome defect(Exception defect) {
        return new Outcome(new Run(Verdict.DEFECT, "internal error: " + defect, defect), null,
                notYourFault("the grader failed", "internal error: " + defect));
    }

    private static String notYourFault(String what, String detail) {
        return "Not graded: " + what + ". This is not a problem with your code: please tell your instructor, who"
                + " will have your submission graded again once it is fixed.\n\nFor your instructor: " + detail + "\n";
    }
}
