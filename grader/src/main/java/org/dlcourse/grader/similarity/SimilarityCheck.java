package org.dlcourse.grader.similarity;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dlcourse.grader.CourseUnavailableException;
import org.dlcourse.grader.UnknownExerciseException;
import org.dlcourse.grader.batch.ClassDirectory;
import org.dlcourse.grader.batch.SafeUnzip;
import org.dlcourse.grader.batch.Submission;
import org.dlcourse.grader.batch.SubmissionTree;
import org.dlcourse.grader.course.Course;
import org.dlcourse.grader.course.ExerciseBundle;

/**
 * The similarity check of a class, exercise by exercise:
 * <ol>
 *   <li>copy each student's {@code <id>/src/main/java} (Java files only, links never followed; a zip is unpacked
 *       with {@link SafeUnzip}) into a fresh tree, one directory per student;</li>
 *   <li>run JPlag on it ({@link JPlagRun}) with the handout's stub of the exercise as base code, so that the code
 *       every student was given matches nobody;</li>
 *   <li>keep the pairs whose similarity reaches the threshold, most similar first.</li>
 * </ol>
 * An exercise that fewer than two students handed in is skipped. Students whose code is the stub, unchanged, share
 * nothing but base code and get similarity 0.
 */
public final class SimilarityCheck {

    private final Course course;
    private final JPlagInstallation jplag;

    /**
     * What the check found.
     *
     * @param pairs the pairs at or above the threshold, most similar first
     * @param compared per exercise, how many students were compared
     * @param failed per exercise, the students JPlag could not parse ({@code exercise: student})
     * @param jplagVersion the JPlag that ran, empty if none ran
     * @param minimumTokenMatch the minimum token match it used, 0 if none ran
     */
    public record Outcome(List<SimilarPair> pairs, List<String> compared, List<String> failed, String jplagVersion,
            int minimumTokenMatch) {
    }

    /** A check against {@code course} with {@code jplag}. */
    public SimilarityCheck(Course course, JPlagInstallation jplag) {
        this.course = course;
        this.jplag = jplag;
    }

    /**
     * Runs the check; JPlag's report for its viewer goes to {@code OUT/jplag/<id>.zip}.
     *
     * @throws UnknownExerciseException if a requested exercise is not in the course
     * @throws CourseUnavailableException if the course bundle lacks the stubs' sources
     * @throws JPlagUnavailableException if JPlag fails
     */
    public Outcome run(SimilarityRequest request) throws IOException, InterruptedException {
        List<ExerciseBundle> exercises = new ArrayList<>();
        for (String id : request.exercises().isEmpty() ? course.exerciseIds() : request.exercises()) {
            exercises.add(course.exercise(id).orElseThrow(() -> new UnknownExerciseException("unknown exercise '"
                    + id + "'; the course has " + String.join(", ", course.exerciseIds()))));
        }
        List<Submission> submissions = ClassDirectory.list(request.classDirectory());
        Files.createDirectories(request.out().resolve("jplag"));
        Path work = Files.createTempDirectory("dlcourse-similarity-");
        try {
            Path trees = Files.createDirectories(work.resolve("exercises"));
            for (Submission submission : submissions) {
                copySources(submission, trees, course.exerciseIds());
            }
            List<SimilarPair> pairs = new ArrayList<>();
            List<String> compared = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            String version = "";
            int minimumTokenMatch = 0;
            for (ExerciseBundle exercise : exercises) {
                Path students = trees.resolve(exercise.id());
                int count = count(students);
                compared.add(exercise.id() + ": " + count + " students");
                if (count < 2) {
                    continue;
                }
                Path baseCode = exercise.stubs().resolveSibling("src/main/java");
                if (!Files.isDirectory(baseCode)) {
                    throw new CourseUnavailableException("the course bundle lacks the stubs' sources " + baseCode
                            + "; run " + Course.BUILD_COMMAND + " in the course repository");
                }
                Path run = Files.createDirectories(work.resolve("runs").resolve(exercise.id()));
                Path report = request.out().resolve("jplag").resolve(exercise.id());
                JPlagRun.Result result = JPlagRun.run(jplag, exercise.id(), students, baseCode,
                        request.minimumTokens(), run, report);
                version = result.jplagVersion();
                minimumTokenMatch = result.minimumTokenMatch();
                result.failed().forEach(student -> failed.add(exercise.id() + ": " + student));
                result.pairs().stream().filter(pair -> pair.similarity() >= request.threshold()).forEach(pairs::add);
            }
            pairs.sort(SimilarPair.MOST_SIMILAR_FIRST);
            return new Outcome(pairs, compared, failed, version, minimumTokenMatch);
        } finally {
            deleteTree(work);
        }
    }

    /** Copies the student's Java sources of each exercise to {@code trees/<id>/<student>}. */
    private static void copySources(Submission submission, Path trees, List<String> exerciseIds) throws IOException {
        Path unpacked = null;
        try {
            Path root = submission.source();
            if (submission.zipped()) {
                unpacked = Files.createTempDirectory("dlcourse-similarity-zip-");
                SafeUnzip.unpack(submission.source(), unpacked);
                root = unpacked;
            }
            Path modules = SubmissionTree.modules(root, exerciseIds);
            for (String id : exerciseIds) {
                Path sources = modules.resolve(id).resolve("src/main/java");
                if (Files.isDirectory(sources, LinkOption.NOFOLLOW_LINKS)) {
                    copyJava(sources, trees.resolve(id).resolve(submission.student()));
                }
            }
        } finally {
            if (unpacked != null) {
                deleteTree(unpacked);
            }
        }
    }

    private static void copyJava(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .filter(file -> file.getFileName().toString().endsWith(".java")).sorted().toList();
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
    }

    private static int count(Path students) throws IOException {
        if (!Files.isDirectory(students)) {
            return 0;
        }
        try (Stream<Path> list = Files.list(students)) {
            return (int) list.count();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                Files.delete(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
