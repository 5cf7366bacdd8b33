package org.dlcourse.grader.term;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.dlcourse.grader.SeedAssignment;
import org.dlcourse.grader.SubmissionUnusableException;

/**
 * The instructor's secret of a term, from which each student's property seeds derive, so that students get
 * different generated inputs that none of them can compute, and the instructor can reproduce any grading:
 * <pre>seed(student, exercise) = first 8 bytes, big-endian, of HMAC-SHA256(secret, student ‖ 0x00 ‖ exercise)</pre>
 * (HMAC: RFC 2104; HMAC-SHA256: RFC 4231). The secret is never printed: {@link #toString()} hides it, and only the
 * derived seeds reach reports and the gradebook.
 */
public final class TermSecret {

    /** The environment variable that may hold the secret instead of a file. */
    public static final String ENVIRONMENT_VARIABLE = "DLCOURSE_TERM_SECRET";

    /** Fewer bytes than this would let anyone who guesses it compute every student's seeds. */
    static final int MINIMUM_BYTES = 16;

    private final byte[] secret;

    private TermSecret(byte[] secret) {
        if (secret.length < MINIMUM_BYTES) {
            throw new SubmissionUnusableException("the term secret is too short: at least " + MINIMUM_BYTES
                    + " bytes (e.g. head -c 32 /dev/urandom | base64 > term.secret)");
        }
        this.secret = secret.clone();
    }

    /** The secret {@code text} (its UTF-8 bytes, surrounding white space removed). */
    public static TermSecret of(String text) {
        return new TermSecret(text.strip().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The secret in {@code file}: its text, surrounding white space (a final newline) removed.
     *
     * @throws SubmissionUnusableException if the file cannot be read or the secret is too short
     */
    public static TermSecret read(Path file) {
        try {
            return of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new SubmissionUnusableException("cannot read the term secret " + file + ": "
                    + unreadable.getMessage());
        }
    }

    /** {@code student}'s seed for exercise {@code exercise}. */
    public long seed(String student, String exercise) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(student.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return ByteBuffer.wrap(Arrays.copyOf(mac.doFinal(exercise.getBytes(StandardCharsets.UTF_8)), 8)).getLong();
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException("every JDK has HmacSHA256", impossible);
        }
    }

    /** {@code student}'s seeds for {@code exercises}. */
    public SeedAssignment seeds(String student, List<String> exercises) {
        Map<String, Long> seeds = new TreeMap<>();
        for (String exercise : exercises) {
            seeds.put(exercise, seed(student, exercise));
        }
        return new SeedAssignment(null, seeds);
    }

    /** Never the secret. */
    @Override
    public String toString() {
        return "TermSecret[hidden]";
    }
}
