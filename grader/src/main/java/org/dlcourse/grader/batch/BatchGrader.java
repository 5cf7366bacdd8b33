package org.dlcourse.grader.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.dlcourse.grader.SeedAssignment;
import org.dlcourse.grader.SubmissionUnusableException;
import org.dlcourse.grader.gradebook.Gradebook;
import org.dlcourse.grader.gradebook.SubmissionRecord;
import org.dlcourse.grader.report.Report;

/**
 * Grades a class, {@code jobs} submissions at a time, into a gradebook.
 *
 * <p>Each submission goes through the same steps, each isolated from the other submissions:
 * <ol>
 *   <li>unpack a zip into a private temporary directory ({@link SafeUnzip}) and find the exercise modules
 *       ({@link SubmissionTree#modules});</li>
 *   <li>hash what the grader reads; with {@code resume}, skip it if the gradebook's latest entry for the student
 *       has a settled status and the same {@link GradingKey}: content hash, seeds, grader and course version;</li>
 *   <li>grade it on a thread of its own, waited for at most the submission budget: past it the grading thread is
 *       interrupted (the grader then kills its test JVMs) and the submission is {@code timeout}, while the worker
 *       moves on; any exception or error of the grader makes the submission {@code error}, never the batch;</li>
 *   <li>record the outcome in the gradebook (a new entry: history is never overwritten) and write the student's
 *       report and feedback ({@link StudentReports}).</li>
 * </ol>
 */
public final class BatchGrader {

    /** Grades one submission's exercise modules with its seeds; {@link org.dlcourse.grader.Grader#grade} in the CLI. */
    @FunctionalInterface
    public interface SubmissionGrading {

        /** The report of the submission whose exercise modules are in {@code modules}, graded with {@code seeds}. */
        Report grade(Path modules, SeedAssignment seeds) throws Exception;
    }

    private final SubmissionGrading grading;
    private final List<String> exerciseIds;
    private final Gradebook gradebook;

    /**
     * A batch grader.
     *
     * @param grading grades one submission
     * @param exerciseIds the course's exercise ids: where the modules are, and what is hashed
     * @param gradebook where outcomes are recorded, and what {@code resume} consults
     */
    public BatchGrader(SubmissionGrading grading, List<String> exerciseIds, Gradebook gradebook) {
        this.grading = grading;
        this.exerciseIds = List.copyOf(exerciseIds);
        this.gradebook = gradebook;
    }

    /** Grades {@code request}'s shard of the class; returns when every submission is recorded or skipped. */
    public BatchSummary run(BatchRequest request, BatchListener listener) throws IOException, InterruptedException {
        Instant start = Instant.now();
        List<Submission> mine = request.shard().select(request.submissions());
        List<BatchOutcome> outcomes = new ArrayList<>();
        List<Submission> skipped = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        Object progress = new Object();
        synchronized (progress) {
            listener.started(mine.size());
        }
        ExecutorService workers = Executors.newFixedThreadPool(request.jobs(), daemons("batch-worker"));
        ExecutorService graders = Executors.newCachedThreadPool(daemons("batch-grading"));
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (Submission submission : mine) {
                pending.add(workers.submit(() -> {
                    Optional<BatchOutcome> outcome = gradeOne(submission, request, graders);
                    synchronized (progress) {
                        if (outcome.isPresent()) {
                            outcomes.add(outcome.get());
                            listener.finished(outcome.get(), done.incrementAndGet(), mine.size());
                        } else {
                            skipped.add(submission);
                            listener.skipped(submission, done.incrementAndGet(), mine.size());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : pending) {
                try {
                    future.get();
                } catch (ExecutionException bug) {
                    throw new IllegalStateException("the batch could not record a submission: " + bug.getCause(),
                            bug.getCause());
                }
            }
        } finally {
            workers.shutdownNow();
            graders.shutdownNow();
        }
        outcomes.sort(Comparator.comparing(outcome -> outcome.submission().student()));
        skipped.sort(Comparator.comparing(Submission::student));
        return new BatchSummary(outcomes, skipped, Duration.between(start, Instant.now()));
    }

    private Optional<BatchOutcome> gradeOne(Submission submission, BatchRequest request, ExecutorService graders)
            throws IOException, InterruptedException {
        Instant start = Instant.now();
        Path unpacked = null;
        BatchOutcome outcome;
        GradingKey unread = request.settings().key(submission.student(), "");
        try {
            Path root = submission.source();
            if (submission.zipped()) {
                unpacked = Files.createTempDirectory("dlcourse-batch-");
                SafeUnzip.unpack(submission.source(), unpacked);
                root = unpacked;
            }
            Path modules = SubmissionTree.modules(root, exerciseIds);
            GradingKey key = request.settings().key(submission.student(),
                    SubmissionTree.contentHash(modules, exerciseIds));
            if (request.resume() && unchanged(submission.student(), key)) {
                return Optional.empty();
            }
            outcome = graded(submission, modules, key, request, graders, start);
            if (unpacked != null) {
                // The student knows the zip, not the temporary directory it was unpacked into.
                outcome = outcome.withMessage(outcome.message().replace(unpacked.toString(),
                        submission.source().getFileName().toString()));
            }
        } catch (SubmissionUnusableException unusable) {
            outcome = new BatchOutcome(submission, unread, BatchStatus.UNUSABLE, unusable.getMessage(), null,
                    Instant.now(), Duration.between(start, Instant.now()));
        } catch (IOException unreadable) {
            outcome = new BatchOutcome(submission, unread, BatchStatus.UNUSABLE, "cannot read the submission: "
                    + unreadable, null, Instant.now(), Duration.between(start, Instant.now()));
        } finally {
            if (unpacked != null) {
                deleteTree(unpacked);
            }
        }
        gradebook.record(outcome, request.shard().toString());
        if (request.reports() != null) {
            request.reports().write(outcome);
        }
        return Optional.of(outcome);
    }

    private boolean unchanged(String student, GradingKey key) {
        Optional<SubmissionRecord> latest = gradebook.latest(student);
        return latest.isPresent() && latest.get().key().equals(key) && latest.get().status().settled();
    }

    private BatchOutcome graded(Submission submission, Path modules, GradingKey key, BatchRequest request,
                                ExecutorService graders, Instant start) throws InterruptedException {
        SeedAssignment seeds = request.settings().seeds().apply(submission.student());
        Duration budget = request.submissionTimeout();
        Future<Report> future = graders.submit(() -> grading.grade(modules, seeds));
        BatchStatus status;
        String message;
        Report report = null;
        try {
            report = future.get(budget.toMillis(), TimeUnit.MILLISECONDS);
            status = BatchStatus.GRADED;
            message = "";
        } catch (TimeoutException late) {
            future.cancel(true);
            status = BatchStatus.TIMEOUT;
            message = "grading took longer than " + budget.toSeconds() + " s and was stopped";
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof SubmissionUnusableException unusable) {
                status = BatchStatus.UNUSABLE;
                message = unusable.getMessage();
            } else {
                status = BatchStatus.ERROR;
                message = "the grader failed: " + cause;
            }
        }
        return new BatchOutcome(submission, key, status, message, report, Instant.now(),
                Duration.between(start, Instant.now()));
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
