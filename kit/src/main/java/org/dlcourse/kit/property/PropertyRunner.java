package org.dlcourse.kit.property;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Runs a property: the tries of its {@link SampleSchedule}, then, on the first failure, the {@link Shrinker},
 * and reports a {@link PropertyFailure} with what reproduces it; or, when {@code -Ddlcourse.replay} names the
 * property, one run on exactly the given counterexample ({@link PropertyReplay}). Independent of JUnit, which only
 * supplies the {@link Trial}.
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
        List<Type> types = parameters.stream().map(GeneratedParameter::type).toList();
        Optional<List<Object>> replayed = PropertyReplay.requestedFor(settings.name(), types);
        if (replayed.isPresent()) {
            return replay(trial, replayed.get());
        }
        SampleSchedule schedule = new SampleSchedule(parameters, settings.tries(), settings.seed());
        int discards = 0;
        for (int tryNumber = 1; tryNumber <= settings.tries(); tryNumber++) {
            List<Object> arguments = schedule.next();
            Outcome outcome = trial.run(arguments);
            if (outcome.isFailure()) {
                throw failure(trial, tryNumber, arguments, outcome);
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

    /** One run on exactly {@code arguments}, as {@code -Ddlcourse.replay} asks: no seed, no shrinking. */
    private Statistics replay(Trial trial, List<Object> arguments) {
        Outcome outcome = trial.run(arguments);
        if (outcome.isFailure()) {
            String sample = GeneratedParameter.describe(parameters, arguments);
            throw new PropertyFailure(settings.name(), settings.seed(), 0, 1, sample, sample, 0,
                    reproduction(arguments, outcome), outcome.failure());
        }
        return new Statistics(settings.seed(), 1, 0, outcome.verdict() == Outcome.Verdict.DISCARDED ? 1 : 0);
    }

    private PropertyFailure failure(Trial trial, int tryNumber, List<Object> arguments, Outcome failure) {
        Shrinker shrinker = new Shrinker(parameters, trial, settings.maxShrinkSteps(),
                TimeUnit.SECONDS.toNanos(SHRINK_TIME_LIMIT_SECONDS), System::nanoTime);
        Shrinker.Result shrunk = shrinker.shrink(arguments, failure);
        PropertyFailure propertyFailure = new PropertyFailure(settings.name(), settings.seed(), tryNumber,
                settings.tries(), GeneratedParameter.describe(parameters, arguments),
                GeneratedParameter.describe(parameters, shrunk.arguments()), shrunk.steps(),
                reproduction(shrunk.arguments(), shrunk.outcome()), shrunk.failure());
        if (shrunk.failure() != failure.failure()) {
            propertyFailure.addSuppressed(failure.failure());
        }
        return propertyFailure;
    }

    /**
     * What reproduces the failed run on {@code arguments}: the inputs it recorded (else the arguments are the
     * inputs), their snippet and the replay value.
     */
    private PropertyFailure.Reproduction reproduction(List<Object> arguments, Outcome failed) {
        List<Counterexample.RecordedInput> inputs = failed.inputs().isEmpty()
                ? IntStream.range(0, parameters.size())
                        .mapToObj(k -> new Counterexample.RecordedInput(parameters.get(k).name(), arguments.get(k)))
                        .toList()
                : failed.inputs();
        String shown = failed.inputs().stream().map(input -> input.name() + " = " + ValueFormat.show(input.value()))
                .collect(Collectors.joining("\n"));
        JavaSnippet.Result snippet = JavaSnippet.of(inputs);
        return new PropertyFailure.Reproduction(shown, snippet.isAvailable() ? snippet.code() : "",
                snippet.isAvailable() ? "" : snippet.unavailableBecause(),
                PropertyReplay.of(settings.name(), arguments,
                        parameters.stream().map(GeneratedParameter::type).toList()));
    }
}
