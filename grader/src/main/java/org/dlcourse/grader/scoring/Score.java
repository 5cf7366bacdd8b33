package org.dlcourse.grader.scoring;

/**
 * Points earned out of points possible.
 *
 * @param points earned, between 0 and {@code max}
 * @param max possible
 */
public record Score(int points, int max) {

    /** Nothing out of nothing. */
    public static final Score ZERO = new Score(0, 0);

    /** Checks {@code 0 <= points <= max}. */
    public Score {
        if (points < 0 || points > max) {
            throw new IllegalArgumentException("a score must lie in [0, max]: " + points + "/" + max);
        }
    }

    /** The sum of two scores. */
    public Score plus(Score other) {
        return new Score(points + other.points, max + other.max);
    }

    /** {@code points/max}. */
    @Override
    public String toString() {
        return points + "/" + max;
    }
}
