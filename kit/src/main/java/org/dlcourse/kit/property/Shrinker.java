package org.dlcourse.kit.property;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Greedy shrinking of a failing sample: repeatedly accept the first shrink candidate, parameter by parameter
 * in order, on which the property still fails, until no candidate fails, the step limit is reached or time
 * runs out.
 *
 * <p>Any failure counts, not only the original one: a simpler input that makes the code throw is just as much
 * a counterexample. A discarded run (failed assumption) does not count. Because every candidate is strictly
 * simpler (see {@link Gen#shrink}), the loop ends even without the limits; they bound its cost.
 */
final class Shrinker {

    private final List<GeneratedParameter> parameters;
    private final Trial trial;
    private final int maxSteps;
    private final long timeLimitNanos;
    private final LongSupplier nanoClock;

    Shrinker(List<GeneratedParameter> parameters, Trial trial, int maxSteps, long timeLimitNanos,
            LongSupplier nanoClock) {
        this.parameters = parameters;
        this.trial = trial;
        this.maxSteps = maxSteps;
        this.timeLimitNanos = timeLimitNanos;
        this.nanoClock = nanoClock;
    }

    /**
     * The smallest failing sample found from {@code arguments}, on which the property failed with {@code failure}.
     *
     * @param arguments the failing sample
     * @param outcome   the failed run on it: what the property threw and the inputs it recorded
     * @param steps     the number of accepted shrink steps
     */
    record Result(List<Object> arguments, Outcome outcome, int steps) {

        Throwable failure() {
            return outcome.failure();
        }
    }

    Result shrink(List<Object> arguments, Outcome failure) {
        long start = nanoClock.getAsLong();
        List<Object> current = arguments;
        Outcome currentFailure = failure;
        int steps = 0;
        boolean improved = true;
        while (improved && steps < maxSteps) {
            improved = false;
            for (int j = 0; j < parameters.size() && !improved; j++) {
                Iterator<Object> candidates = parameters.get(j).generator().shrink(current.get(j)).iterator();
                while (candidates.hasNext()) {
                    if (nanoClock.getAsLong() - start > timeLimitNanos) {
                        return new Result(current, currentFailure, steps);
                    }
                    List<Object> candidate = new ArrayList<>(current);
                    candidate.set(j, candidates.next());
                    Outcome outcome = trial.run(candidate);
                    if (outcome.isFailure()) {
                        current = candidate;
                        currentFailure = outcome;
                        steps++;
                        improved = true;
                        break;
                    }
                }
            }
        }
        return new Result(current, currentFailure, steps);
    }
}
