package org.dlcourse.kit.property;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a property: the tries of its {@link SampleSchedule}, then, on the first failure, the {@link Shrinker},
 * and reports a {@link PropertyFailure}; independent of JUnit, which only supplies the {@link Trial}.
 */
final class PropertyRunner {

    /** Shrinking stops after this long even if more steps are allowed, so that a slow property still ends. */
    static final long SHRINK_TIME_LIMIT_SECONDS = 10;

    private final RunSettings settings;
    private final List<GeneratedParameter> parameters;

    PropertyRunner(RunSettings settings, List<GeneratedParameter> parameters) {
        this.settings = settings;
        this.parameters = List.copyOf(parameters);
    }

    /**
     * How many runs checked the property and how many were discarded.
     *
     * @param seed     the seed used
     * @param tries    the number of runs
     * @param edgeTries the number of runs that started from edge cases
     * @param discards the number of runs discarded by a failed assumption
     */
    record Statistics(long seed, int tries, int edgeTries, int discards) {

        int checks() {
            return tries - discards;
        }
    }

    /**
     * Runs all tries of the property.
     *
     * @throws PropertyFailure             when a run fails, with the shrunk counterexample
     * @throws PropertyDefinitionException when too many runs are discarded
     */
    Statistics run(Trial trial) {
        SampleSchedule schedule = new SampleSchedule(parameters, settings.tries(), settings.seed());
        int discards = 0;
        for (int tryNumber = 1; tryNumber <= settings.tries(); tryNumber++) {
            List<Object> arguments = schedule.next();
            Outcome outcome = trial.run(arguments);
            if (outcome.isFailure()) {
                throw failure(trial, tryNumber, arguments, outcome.failure());
            }
            if (outcome.verdict() == Outcome.Verdict.DISCARDED) {
                discards++;
            }
        }
        Statistics statistics = new Statistics(settings.seed(), settings.tries(), schedule.edgeTries(), discards);
        if (statistics.checks() == 0 || discards > (long) settings.maxDiscardRatio() * statistics.checks()) {
            throw new PropertyDefinitionException("Property " + settings.name() + " discarded " + discards + " of "
                    + settings.tries() + " tries (failed assumptions), more than maxDiscardRatio = "
                    + settings.maxDiscardRatio() + " per checked try: generate valid inputs instead of assuming them");
        }
        return statistics;
    }

    private PropertyFailure failure(Trial trial, int tryNumber, List<Object> arguments, Throwable failure) {
        Shrinker shrinker = new Shrinker(parameters, trial, settings.maxShrinkSteps(),
                TimeUnit.SECONDS.toNanos(SHRINK_TIME_LIMIT_SECONDS), System::nanoTime);
        Shrinker.Result shrunk = shrinker.shrink(arguments, failure);
        PropertyFailure propertyFailure = new PropertyFailure(settings.name(), settings.seed(), tryNumber,
                settings.tries(), GeneratedParameter.describe(parameters, arguments),
                GeneratedParameter.describe(parameters, shrunk.arguments()), shrunk.steps(), shrunk.failure());
        if (shrunk.failure() != failure) {
            propertyFailure.addSuppressed(failure);
        }
        return propertyFailure;
    }
}
