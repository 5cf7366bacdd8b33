package org.dlcourse.grader.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dlcourse.grader.SeedAssignment;
import org.dlcourse.grader.SubmissionUnusableException;
import org.junit.jupiter.api.Test;

/** Per-student seeds from a term secret: HMAC-SHA256 as a reference implementation computes it, and apart. */
class TermSecretTests {

    private static final TermSecret SECRET = TermSecret.of("term-secret-for-tests-2026\n");

    /**
     * Expected values from Python's {@code hmac}: {@code int.from_bytes(hmac.new(b'term-secret-for-tests-2026',
     * b'alice\0' + b'01-softmax', hashlib.sha256).digest()[:8], 'big', signed=True)}, likewise for bob.
     */
    @Test
    void aSeedIsTheFirstEightBytesOfTheHmacOfStudentAndExercise() {
        assertThat(SECRET.seed("alice", "01-softmax")).isEqualTo(-9031007379055283467L);
        assertThat(SECRET.seed("bob", "01-softmax")).isEqualTo(5509383884202696447L);
    }

    @Test
    void theSameStudentGetsTheSameSeedsAndOthersOrOtherExercisesDifferentOnes() {
        List<String> exercises = List.of("01-softmax", "02-sgd");
        SeedAssignment alice = SECRET.seeds("alice", exercises);
        assertThat(TermSecret.of("term-secret-for-tests-2026").seeds("alice", exercises)).isEqualTo(alice);
        assertThat(alice.seedOf("01-softmax")).isNotEqualTo(alice.seedOf("02-sgd"));
        assertThat(SECRET.seeds("bob", exercises).seedOf("01-softmax")).isNotEqualTo(alice.seedOf("01-softmax"));
        assertThat(TermSecret.of("another-secret-of-this-term").seeds("alice", exercises)).isNotEqualTo(alice);
        assertThat(SeedAssignment.parse(alice.label())).as(alice.label()).isEqualTo(alice);
    }

    @Test
    void theSecretIsNeverPrintedAndAShortOneIsRefused() {
        assertThat(SECRET.toString()).doesNotContain("term-secret");
        assertThatThrownBy(() -> TermSecret.of("short")).isInstanceOf(SubmissionUnusableException.class)
                .hasMessageContaining("too short");
    }
}
