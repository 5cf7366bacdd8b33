package org.dlcourse.kit.property;

import org.opentest4j.AssertionFailedError;

/**
 * A property failed: the seed to replay it, the try that failed, and the counterexample before and after
 * shrinking. The grader reads the getters; their names are part of the kit's API.
 *
 * <p>The cause is what the property threw on the shrunk counterexample; when the original sample failed
 * differently, that failure is attached as suppressed. The message names it right after the first line, before the
 * samples, so that a report which cuts long messages (samples can be large) still says why the property failed.
 */
public final class PropertyFailure extends AssertionFailedError {

    private final String propertyName;
    private final long seed;
    private final int tryNumber;
    private final int tries;
    private final String originalSample;
    private final String shrunkSample;
    private final int shrinkSteps;

    /**
     * A failure report.
     *
     * @param propertyName   the property as {@code Class#method}
     * @param seed           the seed of its samples
     * @param tryNumber      the failing try, from 1
     * @param tries          the number of tries the property was to run
     * @param originalSample the failing sample as found, one {@code name = value} line per parameter
     * @param shrunkSample   the sample after shrinking, in the same form
     * @param shrinkSteps    the number of accepted shrink steps
     * @param cause          what the property threw on the shrunk sample
     */
    public PropertyFailure(String propertyName, long seed, int tryNumber, int tries, String originalSample,
            String shrunkSample, int shrinkSteps, Throwable cause) {
        super(message(propertyName, seed, tryNumber, tries, originalSample, shrunkSample, shrinkSteps, cause), cause);
        this.propertyName = propertyName;
        this.seed = seed;
        this.tryNumber = tryNumber;
        this.tries = tries;
        this.originalSample = originalSample;
        this.shrunkSample = shrunkSample;
        this.shrinkSteps = shrinkSteps;
    }

    /** The property as {@code Class#method}, the class without its package. */
    public String propertyName() {
        return propertyName;
    }

    /** The seed; {@code -Ddlcourse.seed=<seed>} replays the same samples. */
    public long seed() {
        return seed;
    }

    /** The failing try, counted from 1 (edge cases first). */
    public int tryNumber() {
        return tryNumber;
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

    private static String message(String propertyName, long seed, int tryNumber, int tries, String originalSample,
            String shrunkSample, int shrinkSteps, Throwable cause) {
        return "Property " + propertyName + " failed on try " + tryNumber + " of " + tries
                + " (seed " + seed + "; replay with -D" + PropertySeeds.REPLAY_PROPERTY + "=" + seed + ")\n"
                + "Cause: " + describe(cause) + "\n"
                + "Shrunk counterexample (" + shrinkSteps + (shrinkSteps == 1 ? " shrink step" : " shrink steps")
                + "):\n"
                + indent(shrunkSample) + "\n"
                + "Original sample:\n"
                + indent(originalSample);
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
