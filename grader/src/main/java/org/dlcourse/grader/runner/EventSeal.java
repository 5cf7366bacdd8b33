package org.dlcourse.grader.runner;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The seal that makes the results file unforgeable: each line is {@code <mac> <json>}, where the mac is
 * HMAC-SHA256, under a key only the grader and the runner know, of the previous line's mac and this line's JSON.
 *
 * <p>The grader draws a fresh key for every test JVM and sends it with the request on standard input, which the
 * runner reads to the end before any test runs. Student code that writes the results file (with the policy
 * disabled, say) can copy lines but cannot make a mac for a line of its own, and since each mac covers its
 * predecessor's, lines can neither be inserted, reordered nor replayed: the grader stops believing the file at the
 * first line that does not verify. The key lives only in the runner's memory, which the policy keeps student code
 * from reading (no reflection, no method handles, no {@code Unsafe}).
 */
public final class EventSeal {

    private static final String ALGORITHM = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Mac mac;
    private String previous = "";

    /** A seal with {@code key}, as {@link #newKey()} makes it. */
    public EventSeal(String key) {
        try {
            mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), ALGORITHM));
        } catch (GeneralSecurityException | IllegalArgumentException unusable) {
            throw new IllegalArgumentException("unusable results key", unusable);
        }
    }

    /** A fresh random key, Base64. */
    public static String newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** The next line for {@code json}, without its newline. */
    public String seal(String json) {
        previous = mac(json);
        return previous + " " + json;
    }

    /** The JSON of {@code line} if it is the next line of the chain, else null (and the chain is broken). */
    public String open(String line) {
        int space = line.indexOf(' ');
        if (space < 0) {
            return null;
        }
        String expected = mac(line.substring(space + 1));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                line.substring(0, space).getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        previous = expected;
        return line.substring(space + 1);
    }

    private String mac(String json) {
        mac.update(previous.getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) '\n');
        return HexFormat.of().formatHex(mac.doFinal(json.getBytes(StandardCharsets.UTF_8)));
    }
}
