package org.dlcourse.kit.property;

import java.io.Serializable;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/**
 * A property failed: the seed to replay it, the try that failed, the counterexample before and after shrinking,
 * and what reproduces it without the seed. The grader reads the getters; their names are part of the kit's API.
 *
 * <p>The cause is what the property threw on the shrunk counterexample; when the original sample failed
 * differently, that failure is attached as suppressed. The message names it right after the first line, then the
 * shrunk counterexample, the inputs the method under test really received (when the property recorded them with
 * {@link Counterexample#input}), a paste-ready Java snippet of those inputs, the {@code -Ddlcourse.replay} value
 * that runs the property on exactly this counterexample, and last the original sample, so that a report which cuts
 * long messages still says why the property failed and how to reproduce it. Sample lines longer than
 * {@value #MAX_SAMPLE_LINE} characters are cut in the message (the snippet and the replay value stay exact); a replay
 * value longer than {@value #MAX_REPLAY_LENGTH} characters is left out, and the seed replays the failure.
 */
public final class PropertyFailure extends AssertionFailedError {

    private static final long serialVersionUID = 1L;

    /** A replay value longer than this is left out of the message; the seed still replays the failure. */
    static final int MAX_REPLAY_LENGTH = 2000;
    /**
     * Sample lines are cut to this many characters in the message (the getters keep them whole): the snippet and the
     * replay value hold the exact values, and reports cap messages (the grader at 4000 characters).
     */
    static final int MAX_SAMPLE_LINE = 240;

    private final String propertyName;
    private final long seed;
    private final int tryNumber;
    private final int tries;
    private final String originalSample;
    private final String shrunkSample;
    private final int shrinkSteps;
    private final Reproduction reproduction;

    /**
     * What reproduces a counterexample without the seed.
     *
     * @param inputs  the recorded inputs of the method under test as {@code name = value} lines, empty when the
     *                property recorded none (its generated parameters are then the inputs)
     * @param snippet Java declarations of the inputs, empty when none is offered
     * @param snippetUnavailableBecause why no snippet is offered, empty when one is
     * @param replay  the value of {@code -Ddlcourse.replay} that runs the property on this counterexample alone,
     *                empty when the arguments have no exact text form
     */
    record Reproduction(String inputs, String snippet, String snippetUnavailableBecause, String replay)
            implements Serializable {
    }

    /**
     * A failure report.
     *
     * @param propertyName   the property as {@code Class#method}
     * @param seed           the seed of its samples
     * @param tryNumber      the failing try, from 1; 0 for a replayed counterexample
     * @param tries          the number of tries the property was to run
     * @param originalSample the failing sample as found, one {@code name = value} line per parameter
     * @param shrunkSample   the sample after shrinking, in the same form
     * @param shrinkSteps    the number of accepted shrink steps
     * @param reproduction   what reproduces the shrunk sample without the seed
     * @param cause          what the property threw on the shrunk sample
     */
    PropertyFailure(String propertyName, long seed, int tryNumber, int tries, String originalSample,
            String shrunkSample, int shrinkSteps, Reproduction reproduction, Throwable cause) {
        super(message(propertyName, seed, tryNumber, tries, originalSample, shrunkSample, shrinkSteps, reproduction,
                cause), cause);
        this.propertyName = propertyName;
        this.seed = seed;
        this.tryNumber = tryNumber;
        this.tries = tries;
        this.originalSample = originalSample;
        this.shrunkSample = shrunkSample;
        this.shrinkSteps = shrinkSteps;
        this.reproduction = reproduction;
    }

    /** The property as {@code Class#method}, the class without its package. */
    public String propertyName() {
        return propertyName;
    }

    /** The seed; {@code -Ddlcourse.seed=<seed>} replays the same samples. */
    public long seed() {
        return seed;
    }

    /** The failing try, counted from 1 (edge cases first); 0 when a given counterexample was replayed. */
    public int tryNumber() {
        return tryNumber;
    }

    /** Whether this failure comes from {@code -Ddlcourse.replay}: one run on a given counterexample, no seed. */
    public boolean isReplay() {
        return tryNumber == 0;
    }

    /** The number of tries the property was to run. */
    public int tries() {
        return tries;
    }

    /** The shrunk counterexample, one {@code name = value} line per generated parameter. */
    public String shrunkSample() {
        return shrunkSample;
    }

    /** The failing sample as first found, one {@code name = value} line per generated parameter. */
    public String originalSample() {
        return originalSample;
    }

    /** The number of accepted shrink steps from the original to the shrunk sample. */
    public int shrinkSteps() {
        return shrinkSteps;
    }

    /**
     * The inputs the method under test received on the shrunk counterexample, one {@code name = value} line each,
     * as the property recorded them with {@link Counterexample#input}; empty when it recorded none, and then the
     * shrunk sample is the input.
     */
    public String inputs() {
        return reproduction.inputs();
    }

    /** Java declarations that rebuild the inputs exactly, to paste into a test; empty when none is offered. */
    public String snippet() {
        return reproduction.snippet();
    }

    /**
     * The value of {@code -Ddlcourse.replay} that runs this property once on exactly the shrunk counterexample,
     * {@code Class#method:arguments}; empty when the arguments have no exact text form.
     */
    public String replay() {
        return reproduction.replay();
    }

    private static String message(String propertyName, long seed, int tryNumber, int tries, String originalSample,
            String shrunkSample, int shrinkSteps, Reproduction reproduction, Throwable cause) {
        StringBuilder text = new StringBuilder();
        if (tryNumber == 0) {
            text.append("Property ").append(propertyName).append(" failed on the replayed counterexample (-D")
                    .append(PropertyReplay.REPLAY_PROPERTY).append(", no seed)\n");
        } else {
            text.append("Property ").append(propertyName).append(" failed on try ").append(tryNumber).append(" of ")
                    .append(tries).append(" (seed ").append(seed).append("; replay with -D")
                    .append(PropertySeeds.REPLAY_PROPERTY).append('=').append(seed).append(")\n");
        }
        text.append("Cause: ").append(describe(cause)).append('\n');
        if (tryNumber == 0) {
            text.append("Counterexample:\n");
        } else {
            text.append("Shrunk counterexample (").append(shrinkSteps)
                    .append(shrinkSteps == 1 ? " shrink step" : " shrink steps").append("):\n");
        }
        text.append(indent(abbreviated(shrunkSample))).append('\n');
        if (!reproduction.inputs().isEmpty()) {
            text.append("Inputs of the method under test:\n").append(indent(abbreviated(reproduction.inputs())))
                    .append('\n');
        }
        if (reproduction.snippet().isEmpty()) {
            text.append("No paste-ready snippet: ").append(reproduction.snippetUnavailableBecause()).append('\n');
        } else {
            text.append("Reproduce: paste into a test and call your method on these inputs:\n")
                    .append(indent(reproduction.snippet())).append('\n');
        }
        if (reproduction.replay().length() <= MAX_REPLAY_LENGTH && !reproduction.replay().isEmpty()) {
            text.append("Replay alone: -D").append(PropertyReplay.REPLAY_PROPERTY).append("='")
                    .append(reproduction.replay()).append("'\n");
        }
        if (tryNumber != 0) {
            text.append("Original sample:\n").append(indent(abbreviated(originalSample))).append('\n');
        }
        return text.toString().stripTrailing();
    }

    private static String abbreviated(String lines) {
        return lines.lines().map(line -> line.length() <= MAX_SAMPLE_LINE ? line
                : line.substring(0, MAX_SAMPLE_LINE) + " … (" + line.length() + " characters)")
                .collect(Collectors.joining("\n"));
    }

    private static String indent(String lines) {
        return lines.indent(2).stripTrailing();
    }

    /** An assertion's own message; for any other exception its class too, since that is the news. */
    private static String describe(Throwable cause) {
        if (cause instanceof AssertionError && cause.getMessage() != null) {
            return cause.getMessage().strip();
        }
        return cause.toString();
    }
}
