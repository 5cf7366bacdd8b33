package org.dlcourse.grader.gradebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.dlcourse.grader.GraderException;
import org.dlcourse.grader.InputUnusableException;
import org.dlcourse.grader.batch.BatchOutcome;
import org.dlcourse.grader.batch.BatchStatus;
import org.dlcourse.grader.report.JsonReport;
import org.dlcourse.grader.report.Report;
import org.dlcourse.grader.scoring.ExerciseResult;
import org.dlcourse.grader.scoring.TestOutcome;

/**
 * A gradebook in one SQLite file, through the xerial sqlite-jdbc driver. Thread-safe: writes are serialized.
 *
 * <p>Schema (version 2, in {@code PRAGMA user_version}): {@code students}, {@code submissions} (one row per
 * grading, with its {@code uid}, its key (content hash, seeds, grader and course version), time, status, score and
 * report), {@code exercise_scores},
 * {@code test_results}, and the view {@code latest_submissions}. Times are UTC ISO-8601 with milliseconds, so they
 * sort as text.
 */
public final class Gradebook implements AutoCloseable {

    private static final int SCHEMA_VERSION = 2;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private static final String[] SCHEMA = {
        """
        CREATE TABLE IF NOT EXISTS students (
          student TEXT PRIMARY KEY,
          first_seen TEXT NOT NULL)""",
        """
        CREATE TABLE IF NOT EXISTS submissions (
          id INTEGER PRIMARY KEY,
          uid TEXT NOT NULL UNIQUE,
          student TEXT NOT NULL REFERENCES students(student),
          source TEXT NOT NULL,
          content_hash TEXT NOT NULL,
          graded_at TEXT NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('graded', 'unusable', 'error', 'timeout')),
          message TEXT NOT NULL,
          score INTEGER,
          max_score INTEGER,
          elapsed_ms INTEGER NOT NULL,
          grader_version TEXT,
          seed INTEGER,
          shard TEXT NOT NULL,
          report_json TEXT)""",
        "CREATE INDEX IF NOT EXISTS submissions_by_student ON submissions(student, graded_at)",
        """
        CREATE TABLE IF NOT EXISTS exercise_scores (
          submission_id INTEGER NOT NULL REFERENCES submissions(id),
          exercise TEXT NOT NULL,
          status TEXT NOT NULL,
          score INTEGER NOT NULL,
          max_score INTEGER NOT NULL,
          message TEXT NOT NULL,
          PRIMARY KEY (submission_id, exercise))""",
        """
        CREATE TABLE IF NOT EXISTS test_results (
          submission_id INTEGER NOT NULL REFERENCES submissions(id),
          exercise TEXT NOT NULL,
          test_id TEXT NOT NULL,
          name TEXT NOT NULL,
          suite TEXT NOT NULL,
          task TEXT NOT NULL,
          status TEXT NOT NULL,
          score INTEGER NOT NULL,
          max_score INTEGER NOT NULL,
          message TEXT NOT NULL,
          hint TEXT NOT NULL,
          seed INTEGER,
          counterexample TEXT)""",
        "CREATE INDEX IF NOT EXISTS test_results_by_submission ON test_results(submission_id)",
        """
        CREATE VIEW IF NOT EXISTS latest_submissions AS
          SELECT s.* FROM submissions s
          WHERE s.id = (SELECT t.id FROM submissions t WHERE t.student = s.student
                        ORDER BY t.graded_at DESC, t.id DESC LIMIT 1)""",
    };

    /**
     * Version 2: each grading's whole key. A grading of version 1 keeps the seed it recorded ({@code default} if
     * none) and no course version, so a resumed batch grades it again once.
     */
    private static final String[] VERSION_2 = {
        "ALTER TABLE submissions ADD COLUMN course_version TEXT",
        "ALTER TABLE submissions ADD COLUMN seeds TEXT",
        "UPDATE submissions SET seeds = COALESCE(CAST(seed AS TEXT), 'default')",
    };

    private static final String SUBMISSION_COLUMNS = "id, uid, student, source, content_hash, graded_at, status,"
            + " message, score, max_score, elapsed_ms, shard, seeds, grader_version, course_version";

    private final Path file;
    private final Connection connection;

    private Gradebook(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens the gradebook in {@code file}, creating it (and its directory) if needed.
     *
     * @throws InputUnusableException if the file is not a gradebook of this version, or cannot be created
     */
    public static Gradebook open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            Gradebook gradebook = new Gradebook(file, connection);
            gradebook.migrate();
            return gradebook;
        } catch (SQLException | IOException broken) {
            throw new InputUnusableException("cannot open the gradebook " + file + ": " + broken.getMessage(), broken);
        }
    }

    /** The file this gradebook lives in. */
    public Path file() {
        return file;
    }

    private void migrate() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = ON");
            int version;
            try (ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
                version = rows.next() ? rows.getInt(1) : 0;
            }
            if (version > SCHEMA_VERSION) {
                throw new InputUnusableException("the gradebook " + file + " has schema version " + version
                        + ", newer than this grader's " + SCHEMA_VERSION);
            }
            for (String ddl : SCHEMA) {
                statement.execute(ddl);
            }
            if (version < 2) {
                for (String ddl : VERSION_2) {
                    statement.execute(ddl);
                }
            }
            statement.execute("PRAGMA user_version = " + SCHEMA_VERSION);
        }
    }

    /**
     * Adds {@code outcome} as a new submission of its student, with its exercise scores and test results.
     *
     * @param shard the shard that graded it, e.g. {@code 2/4}
     * @return the new submission's id
     */
    public synchronized long record(BatchOutcome outcome, String shard) {
        try {
            connection.setAutoCommit(false);
            try {
                String time = TIME.format(outcome.gradedAt().truncatedTo(ChronoUnit.MILLIS));
                try (PreparedStatement student = connection.prepareStatement(
                        "INSERT OR IGNORE INTO students(student, first_seen) VALUES (?, ?)")) {
                    student.setString(1, outcome.submission().student());
                    student.setString(2, time);
                    student.executeUpdate();
                }
                long id = insertSubmission(outcome, shard, time);
                Report report = outcome.report();
                if (report != null) {
                    insertResults(id, report);
                }
                connection.commit();
                return id;
            } catch (SQLException | RuntimeException failed) {
                connection.rollback();
                throw failed;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException broken) {
            throw new GraderException("cannot record " + outcome.submission().student() + " in the gradebook "
                    + file + ": " + broken.getMessage(), broken);
        }
    }

    private long insertSubmission(BatchOutcome outcome, String shard, String time) throws SQLException {
        Report report = outcome.report();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO submissions(uid, student, source,"
                + " content_hash, graded_at, status, message, score, max_score, elapsed_ms, grader_version, seed,"
                + " shard, report_json, seeds, course_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, outcome.submission().student());
            insert.setString(3, outcome.submission().source().getFileName().toString());
            insert.setString(4, outcome.contentHash());
            insert.setString(5, time);
            insert.setString(6, outcome.status().label());
            insert.setString(7, outcome.message());
            if (report != null) {
                insert.setInt(8, report.score().points());
                insert.setInt(9, report.score().max());
                if (report.seed() != null) {
                    insert.setLong(12, report.seed());
                } else {
                    insert.setNull(12, Types.INTEGER);
                }
                insert.setString(14, JsonReport.render(report));
            } else {
                insert.setNull(8, Types.INTEGER);
                insert.setNull(9, Types.INTEGER);
                insert.setNull(12, Types.INTEGER);
                insert.setNull(14, Types.VARCHAR);
            }
            insert.setLong(10, outcome.elapsed().toMillis());
            insert.setString(11, outcome.key().graderVersion());
            insert.setString(13, shard);
            insert.setString(15, outcome.key().seeds());
            insert.setString(16, outcome.key().courseVersion());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void insertResults(long id, Report report) throws SQLException {
        try (PreparedStatement exercise = connection.prepareStatement("INSERT INTO exercise_scores(submission_id,"
                + " exercise, status, score, max_score, message) VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement test = connection.prepareStatement("INSERT INTO test_results(submission_id,"
                        + " exercise, test_id, name, suite, task, status, score, max_score, message, hint, seed,"
                        + " counterexample) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ExerciseResult result : report.exercises()) {
                exercise.setLong(1, id);
                exercise.setString(2, result.exercise().id());
                exercise.setString(3, result.status().label());
                exercise.setInt(4, result.score().points());
                exercise.setInt(5, result.score().max());
                exercise.setString(6, result.message());
                exercise.addBatch();
                for (TestOutcome outcome : result.tests()) {
                    test.setLong(1, id);
                    test.setString(2, result.exercise().id());
                    test.setString(3, outcome.test().id());
                    test.setString(4, outcome.test().name());
                    test.setString(5, outcome.test().suite().name().toLowerCase(Locale.ROOT));
                    test.setString(6, outcome.test().task());
                    test.setString(7, outcome.status().label());
                    test.setInt(8, outcome.score().points());
                    test.setInt(9, outcome.score().max());
                    test.setString(10, outcome.message());
                    test.setString(11, outcome.test().hint());
                    if (outcome.seed() != null) {
                        test.setLong(12, outcome.seed());
                    } else {
                        test.setNull(12, Types.INTEGER);
                    }
                    test.setString(13, outcome.counterexample());
                    test.addBatch();
                }
            }
            exercise.executeBatch();
            test.executeBatch();
        }
    }

    /** The latest submission of {@code student}, if any. */
    public synchronized Optional<SubmissionRecord> latest(String student) {
        List<SubmissionRecord> rows = submissions("SELECT " + SUBMISSION_COLUMNS
                + " FROM latest_submissions WHERE student = ?", student);
        return rows.stream().findFirst();
    }

    /** The latest submission of every student, ordered by student id. */
    public synchronized List<SubmissionRecord> latest() {
        return submissions("SELECT " + SUBMISSION_COLUMNS + " FROM latest_submissions ORDER BY student");
    }

    /** Every submission of {@code student}, oldest first. */
    public synchronized List<SubmissionRecord> history(String student) {
        return submissions("SELECT " + SUBMISSION_COLUMNS + " FROM submissions WHERE student = ?"
                + " ORDER BY graded_at, id", student);
    }

    /**
     * When {@code student}'s latest submission was received: the {@code graded_at} of the first grading of its
     * content ({@link #receivedAt(List)}). Empty if the student has no submission.
     */
    public synchronized Optional<Instant> receivedAt(String student) {
        List<SubmissionRecord> history = history(student);
        return history.isEmpty() ? Optional.empty() : Optional.of(receivedAt(history));
    }

    /**
     * The receipt time of the last of {@code history} (oldest first, not empty): the {@code graded_at} of the
     * earliest grading in the run of gradings of the same content that ends with the last, so that a regrade of an
     * unchanged submission (a new seed, grader or course version) keeps the time it was first received.
     */
    static Instant receivedAt(List<SubmissionRecord> history) {
        SubmissionRecord last = history.get(history.size() - 1);
        Instant received = last.gradedAt();
        for (int i = history.size() - 2; i >= 0 && !last.contentHash().isEmpty()
                && history.get(i).contentHash().equals(last.contentHash()); i--) {
            received = history.get(i).gradedAt();
        }
        return received;
    }

    /** The number of submissions (gradings) recorded. */
    public synchronized int size() {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM submissions")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException broken) {
            throw failure(broken);
        }
    }

    /** The exercise scores of submission {@code id}, ordered by exercise id. */
    public synchronized List<ExerciseScore> exerciseScores(long id) {
        try (PreparedStatement query = connection.prepareStatement("SELECT exercise, status, score, max_score"
                + " FROM exercise_scores WHERE submission_id = ? ORDER BY exercise")) {
            query.setLong(1, id);
            List<ExerciseScore> scores = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    scores.add(new ExerciseScore(rows.getString(1), rows.getString(2), rows.getInt(3),
                            rows.getInt(4)));
                }
            }
            return scores;
        } catch (SQLException broken) {
            throw failure(broken);
        }
    }

    /** The test results of submission {@code id}, in the report's order. */
    public synchronized List<TestResult> testResults(long id) {
        try (PreparedStatement query = connection.prepareStatement("SELECT exercise, test_id, name, suite, task,"
                + " status, score, max_score, hint FROM test_results WHERE submission_id = ? ORDER BY rowid")) {
            query.setLong(1, id);
            List<TestResult> results = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    results.add(new TestResult(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getInt(7), rows.getInt(8),
                            rows.getString(9)));
                }
            }
            return results;
        } catch (SQLException broken) {
            throw failure(broken);
        }
    }

    /** The JSON report of submission {@code id}, if it was graded. */
    public synchronized Optional<String> reportJson(long id) {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT report_json FROM submissions WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException broken) {
            throw failure(broken);
        }
    }

    /**
     * Copies every submission of the gradebook in {@code other} that this one does not have yet (by {@code uid}),
     * with its students, exercise scores and test results. Merging the same shard twice adds nothing.
     *
     * @return how many submissions were added
     */
    public synchronized int merge(Path other) {
        if (!Files.isRegularFile(other)) {
            throw new InputUnusableException("no gradebook to merge at " + other);
        }
        try (Gradebook checked = open(other)) {
            // Opening it checks (and if needed upgrades) its schema before it is attached.
            checked.size();
        }
        try (Statement statement = connection.createStatement()) {
            try (PreparedStatement attach = connection.prepareStatement("ATTACH DATABASE ? AS other")) {
                attach.setString(1, other.toAbsolutePath().toString());
                attach.execute();
            }
            connection.setAutoCommit(false);
            try {
                statement.execute("CREATE TEMP TABLE merged AS SELECT uid FROM other.submissions"
                        + " WHERE uid NOT IN (SELECT uid FROM main.submissions)");
                statement.execute("INSERT OR IGNORE INTO main.students SELECT * FROM other.students");
                statement.execute("UPDATE main.students SET first_seen = (SELECT o.first_seen FROM other.students o"
                        + " WHERE o.student = main.students.student) WHERE first_seen > (SELECT o.first_seen FROM"
                        + " other.students o WHERE o.student = main.students.student)");
                String columns = "uid, student, source, content_hash, graded_at, status, message, score, max_score,"
                        + " elapsed_ms, grader_version, seed, shard, report_json, seeds, course_version";
                int added = statement.executeUpdate("INSERT INTO main.submissions(" + columns + ") SELECT "
                        + columns + " FROM other.submissions WHERE uid IN (SELECT uid FROM temp.merged)"
                        + " ORDER BY graded_at, id");
                statement.execute("INSERT INTO main.exercise_scores SELECT m.id, e.exercise, e.status, e.score,"
                        + " e.max_score, e.message FROM other.exercise_scores e"
                        + " JOIN other.submissions o ON o.id = e.submission_id"
                        + " JOIN main.submissions m ON m.uid = o.uid WHERE o.uid IN (SELECT uid FROM temp.merged)");
                statement.execute("INSERT INTO main.test_results SELECT m.id, t.exercise, t.test_id, t.name,"
                        + " t.suite, t.task, t.status, t.score, t.max_score, t.message, t.hint, t.seed,"
                        + " t.counterexample FROM other.test_results t"
                        + " JOIN other.submissions o ON o.id = t.submission_id"
                        + " JOIN main.submissions m ON m.uid = o.uid WHERE o.uid IN (SELECT uid FROM temp.merged)"
                        + " ORDER BY t.rowid");
                statement.execute("DROP TABLE temp.merged");
                connection.commit();
                return added;
            } catch (SQLException | RuntimeException failed) {
                connection.rollback();
                throw failed;
            } finally {
                connection.setAutoCommit(true);
                statement.execute("DETACH DATABASE other");
            }
        } catch (SQLException broken) {
            throw new GraderException("cannot merge the gradebook " + other + " into " + file + ": "
                    + broken.getMessage(), broken);
        }
    }

    private List<SubmissionRecord> submissions(String sql, String... parameters) {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            List<SubmissionRecord> records = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    records.add(new SubmissionRecord(rows.getLong(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), Instant.parse(rows.getString(6)),
                            BatchStatus.of(rows.getString(7)), rows.getString(8), integer(rows, 9),
                            integer(rows, 10), rows.getLong(11), rows.getString(12), rows.getString(13),
                            rows.getString(14), rows.getString(15)));
                }
            }
            return records;
        } catch (SQLException broken) {
            throw failure(broken);
        }
    }

    private static Integer integer(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    private GraderException failure(SQLException broken) {
        return new GraderException("cannot read the gradebook " + file + ": " + broken.getMessage(), broken);
    }

    /** Closes the database. */
    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException broken) {
            throw new GraderException("cannot close the gradebook " + file + ": " + broken.getMessage(), broken);
        }
    }
}
