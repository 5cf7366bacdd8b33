package org.dlcourse.grader.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;
import org.dlcourse.grader.InputUnusableException;
import org.dlcourse.grader.JsonSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The strict term file reader and the shipped schema agree: the examples pass both, and each malformed file is
 * refused by both, the reader naming the field in one line.
 */
class TermFileReaderTests {

    private static final String SCHEMA = "/org/dlcourse/grader/term/term.schema.json";

    @ParameterizedTest
    @ValueSource(strings = {"linear-term.json", "cutoff-term.json", "none-term.json"})
    void theExamplesAreValidForTheReaderAndTheSchema(String example) {
        String text = resource(example);
        assertThat(JsonSchemas.violations(SCHEMA, text)).isEmpty();
        assertThat(TermFileReader.parse(example, text).deadlines()).containsKey("01-softmax");
    }

    @Test
    void theLinearExampleReadsAsWritten() {
        TermFile term = TermFileReader.parse("linear-term.json", resource("linear-term.json"));
        assertThat(term.deadlines()).containsEntry("01-softmax", Instant.parse("2026-10-05T21:59:00Z"));
        assertThat(term.latePolicy()).isEqualTo(new LatePolicy.Linear(10, 50));
        assertThat(term.extensions()).containsExactly(new Extension("alice", "01-softmax", null, 3),
                new Extension("bob", Extension.ALL, Instant.parse("2026-10-26T12:00:00Z"), 0));
        assertThat(term.deadline("alice", "01-softmax")).contains(Instant.parse("2026-10-08T21:59:00Z"));
    }

    static Stream<Arguments> malformedFiles() {
        return Stream.of(
                arguments("unknown top-level field",
                        "{\"deadlines\": {}, \"late_policy\": {\"kind\": \"none\"}, \"deadline\": {}}",
                        "deadline: unknown field (allowed: deadlines, extensions, late_policy)"),
                arguments("missing late policy",
                        "{\"deadlines\": {}}",
                        "late_policy: missing"),
                arguments("date without offset",
                        "{\"deadlines\": {\"01-softmax\": \"2026-10-05T23:59:00\"}, \"late_policy\": {\"kind\":"
                        + " \"none\"}}",
                        "deadlines.01-softmax: an ISO-8601 date-time with offset, e.g."
                        + " 2026-10-05T23:59:00+02:00, not '2026-10-05T23:59:00'"),
                arguments("unknown policy",
                        "{\"deadlines\": {}, \"late_policy\": {\"kind\": \"harsh\"}}",
                        "late_policy.kind: one of none, linear, cutoff"),
                arguments("floor above 100",
                        "{\"deadlines\": {}, \"late_policy\": {\"kind\": \"linear\", \"percent_per_day\": 10,"
                        + " \"floor_percent\": 150}}",
                        "late_policy.floor_percent: a number from 0 to 100"),
                arguments("linear without floor",
                        "{\"deadlines\": {}, \"late_policy\": {\"kind\": \"linear\", \"percent_per_day\": 10}}",
                        "late_policy.floor_percent: missing"),
                arguments("field of another policy",
                        "{\"deadlines\": {}, \"late_policy\": {\"kind\": \"none\", \"after_days\": 2}}",
                        "late_policy.after_days: unknown field (allowed: kind)"),
                arguments("fractional cutoff days",
                        "{\"deadlines\": {}, \"late_policy\": {\"kind\": \"cutoff\", \"after_days\": 1.5}}",
                        "late_policy.after_days: a whole number of days from 0 to 366"),
                arguments("extension with both",
                        "{\"deadlines\": {\"01-softmax\": \"2026-10-05T23:59:00Z\"}, \"extensions\":"
                        + " [{\"student\": \"a\", \"exercise\": \"all\", \"extra_days\": 1, \"deadline\":"
                        + " \"2026-10-06T23:59:00Z\"}], \"late_policy\": {\"kind\": \"none\"}}",
                        "extensions[0]: exactly one of deadline and extra_days"),
                arguments("extension of zero days",
                        "{\"deadlines\": {\"01-softmax\": \"2026-10-05T23:59:00Z\"}, \"extensions\":"
                        + " [{\"student\": \"a\", \"exercise\": \"all\", \"extra_days\": 0}], \"late_policy\":"
                        + " {\"kind\": \"none\"}}",
                        "extensions[0].extra_days: a whole number of days from 1 to 366"),
                arguments("extension misspelt field",
                        "{\"deadlines\": {\"01-softmax\": \"2026-10-05T23:59:00Z\"}, \"extensions\":"
                        + " [{\"student\": \"a\", \"exercise\": \"all\", \"extra_day\": 2}],"
                        + " \"late_policy\": {\"kind\": \"none\"}}",
                        "extensions[0].extra_day: unknown field (allowed: deadline, exercise,"
                        + " extra_days, student)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFiles")
    void aMalformedFileIsRefusedByBothInOneLineNamingTheField(String what, String text, String message) {
        assertThat(JsonSchemas.violations(SCHEMA, text)).as(what).isNotEmpty();
        assertThatThrownBy(() -> TermFileReader.parse("term.json", text)).as(what)
                .isInstanceOf(InputUnusableException.class).hasMessage("term.json: " + message);
    }

    @Test
    void anExtensionForAnExerciseWithoutADeadlineIsRefusedByTheReaderWhichTheSchemaCannotExpress() {
        String text = """
                {"deadlines": {"01-softmax": "2026-10-05T23:59:00Z"},
                 "extensions": [{"student": "a", "exercise": "01-sofmax", "extra_days": 2}],
                 "late_policy": {"kind": "none"}}""";
        assertThatThrownBy(() -> TermFileReader.parse("term.json", text)).hasMessage(
                "term.json: extensions[0].exercise: 'all' or an exercise in deadlines, not '01-sofmax'");
    }

    @Test
    void notJsonOrADuplicatedKeyIsOneLine() {
        assertThatThrownBy(() -> TermFileReader.parse("term.json", "{\"deadlines\": {")).hasMessageStartingWith(
                "term.json: not JSON: ").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> TermFileReader.parse("term.json",
                "{\"deadlines\": {}, \"deadlines\": {}, \"late_policy\": {\"kind\": \"none\"}}"))
                .hasMessageStartingWith("term.json: not JSON: Duplicate field 'deadlines'");
    }

    private static String resource(String name) {
        try (InputStream in = TermFileReaderTests.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
