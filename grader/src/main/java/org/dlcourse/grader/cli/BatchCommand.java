package org.dlcourse.grader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.dlcourse.grader.GradeRequest;
import org.dlcourse.grader.GraderVersion;
import org.dlcourse.grader.SeedAssignment;
import org.dlcourse.grader.sandbox.Sandboxes;
import org.dlcourse.grader.sandbox.Unavailable;
import org.dlcourse.grader.Grader;
import org.dlcourse.grader.UnknownExerciseException;
import org.dlcourse.grader.batch.BatchGrader;
import org.dlcourse.grader.batch.BatchRequest;
import org.dlcourse.grader.batch.BatchSummary;
import org.dlcourse.grader.batch.ClassDirectory;
import org.dlcourse.grader.batch.StudentReports;
import org.dlcourse.grader.report.GradescopeReport;
import org.dlcourse.grader.batch.GradingSettings;
import org.dlcourse.grader.batch.Shard;
import org.dlcourse.grader.course.Course;
import org.dlcourse.grader.course.CourseVersion;
import org.dlcourse.grader.gradebook.Gradebook;
import org.dlcourse.grader.term.TermSecret;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code grader batch}: grades a whole class into a gradebook. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Grades every submission under CLASS_DIR (one sub-directory or .zip per student) in parallel"
                + " into a SQLite gradebook, writing each student's JSON report to OUT/reports/ID.json, feedback to"
                + " OUT/feedback/ID.md and, with --gradescope, results to OUT/gradescope/ID.json; ends with a table"
                + " of the class. A crashing or hanging submission is recorded as error or timeout and the batch goes"
                + " on. First checks that this machine can grade (ND4J backend, sandbox, Fashion-MNIST, disk space):"
                + " if not, nothing is graded or recorded and the exit code is 3.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.USAGE_LINE, ExitCodes.UNUSABLE_LINE, ExitCodes.INTERNAL_LINE})
final class BatchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CourseOption course;

    @Mixin
    private SandboxOption sandbox;

    @Parameters(index = "0", paramLabel = "CLASS_DIR",
            description = "One sub-directory or .zip per student, named by the student's id.")
    private Path classDirectory;

    @Option(names = {"-e", "--exercise"}, paramLabel = "ID",
            description = "Grade only this exercise; repeatable (default: all).")
    private List<String> exercises = new ArrayList<>();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Submissions graded at the same time (default: the number of cores).")
    private Integer jobs;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "grades",
            description = "Where the gradebook (gradebook.db), reports/, feedback/ and gradescope/ go (default:"
                    + " ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--gradebook", paramLabel = "FILE", description = "The gradebook (default: OUT/gradebook.db).")
    private Path gradebookFile;

    @Option(names = "--resume",
            description = "Grade only submissions whose grading key (sources, seed, grader or course version)"
                    + " changed or whose latest grading ended in error or timeout.")
    private boolean resume;

    @Option(names = "--shard", paramLabel = "I/N", defaultValue = "1/1",
            description = "Grade only shard I of N (1-based; round-robin over sorted student ids).")
    private String shard;

    @Option(names = "--submission-timeout", paramLabel = "SECONDS", defaultValue = "1800",
            description = "Wall-clock budget of one submission (default: ${DEFAULT-VALUE}).")
    private int submissionTimeout;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of every property (default: each property's).")
    private Long seed;

    @Option(names = "--gradescope", description = "Also write each student's Gradescope results.json.")
    private boolean gradescope;

    @Option(names = "--gradescope-hidden-visibility", paramLabel = "VISIBILITY", defaultValue = "after_due_date",
            description = "With --gradescope: visibility of hidden tests, hidden, after_due_date, after_published or"
                    + " visible (default: ${DEFAULT-VALUE}).")
    private GradeCommand.Visibility hiddenVisibility;

    @Option(names = "--term-secret", paramLabel = "FILE",
            description = "Give each student their own property seeds, HMAC-SHA256(secret, student, exercise), from"
                    + " the secret in FILE (default: the environment variable " + TermSecret.ENVIRONMENT_VARIABLE
                    + ", if set); the seeds are recorded, the secret never.")
    private Path termSecret;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (a bar on a terminal, plain lines otherwise), bar or plain.")
    private BatchProgress.Mode progress;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Shard selected;
        try {
            selected = Shard.parse(shard);
        } catch (IllegalArgumentException wrong) {
            throw new ParameterException(spec.commandLine(), "--shard: " + wrong.getMessage());
        }
        int parallel = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (parallel < 1 || submissionTimeout < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs and --submission-timeout must be positive");
        }
        Course loaded = course.load();
        // A class is never the course's own code: without the sandbox, grade nobody rather than everybody unsafely.
        if (sandbox.required() && Sandboxes.bubblewrap() instanceof Unavailable unavailable) {
            throw unavailable.exception();
        }
        Grader grader = new Grader(loaded);
        for (String id : exercises) {
            if (loaded.exercise(id).isEmpty()) {
                throw new UnknownExerciseException("unknown exercise '" + id + "'; the course has "
                        + String.join(", ", loaded.exerciseIds()));
            }
        }
        GradeRequest base = GradeRequest.of(classDirectory).withExercises(exercises);
        List<String> ids = exercises.isEmpty() ? loaded.exerciseIds() : exercises;
        StudentReports reports = new StudentReports(out, gradescope ? Optional.of(GradescopeReport.Visibility.valueOf(
                hiddenVisibility.name().toUpperCase(Locale.ROOT))) : Optional.empty());
        GradingSettings settings = new GradingSettings(GraderVersion.current(), CourseVersion.of(loaded),
                seeds(ids));
        BatchRequest request = new BatchRequest(ClassDirectory.list(classDirectory), selected, parallel,
                Duration.ofSeconds(submissionTimeout), resume, reports, settings);
        PrintWriter writer = spec.commandLine().getOut();
        Path file = gradebookFile != null ? gradebookFile : out.resolve("gradebook.db");
        // A machine fault is nobody's grade: check before the gradebook is opened, so that nothing is recorded.
        grader.prepareMachine(ids, base.backend());
        try (Gradebook gradebook = Gradebook.open(file)) {
            BatchGrader batch = new BatchGrader((modules, seeds) -> grader.grade(new GradeRequest(modules,
                    base.exercises(), base.suites(), seeds, base.backend(), null, null, sandbox.required(), List.of())), ids,
                    gradebook);
            BatchSummary summary = batch.run(request, new BatchProgress(writer, BatchProgress.barFor(progress)));
            BatchTable.write(summary, file.toString(), writer);
        }
        writer.flush();
        return ExitCodes.OK;
    }

    /** Each student's seeds: from the term secret if there is one, else {@code --seed} for everyone. */
    private Function<String, SeedAssignment> seeds(List<String> ids) {
        String variable = System.getenv(TermSecret.ENVIRONMENT_VARIABLE);
        TermSecret secret = termSecret != null ? TermSecret.read(termSecret)
                : variable != null && !variable.isBlank() ? TermSecret.of(variable) : null;
        if (secret == null) {
            SeedAssignment everyone = SeedAssignment.of(seed);
            return student -> everyone;
        }
        if (seed != null) {
            throw new ParameterException(spec.commandLine(), "--seed and a term secret exclude each other: with a"
                    + " term secret every student has their own seeds");
        }
        return student -> secret.seeds(student, ids);
    }

}
