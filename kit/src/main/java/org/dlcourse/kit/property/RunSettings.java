package org.dlcourse.kit.property;

/**
 * How one property is run: its name for reports, its seed, and the limits of {@link Property}.
 *
 * @param name            the property as {@code Class#method}
 * @param seed            the seed of all samples
 * @param tries           the number of runs
 * @param maxShrinkSteps  the largest number of accepted shrink steps
 * @param maxDiscardRatio the largest allowed ratio of discarded to checked runs
 */
record RunSettings(String name, long seed, int tries, int maxShrinkSteps, int maxDiscardRatio) {

    /** Checks the limits, so that a typo in an annotation fails loudly instead of testing nothing. */
    RunSettings {
        if (tries < 1 || maxShrinkSteps < 0 || maxDiscardRatio < 0) {
            throw new PropertyDefinitionException("Property " + name + " needs tries >= 1, maxShrinkSteps >= 0 and "
                    + "maxDiscardRatio >= 0, got " + tries + ", " + maxShrinkSteps + ", " + maxDiscardRatio);
        }
    }
}
