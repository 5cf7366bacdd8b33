package org.dlcourse.kit.property;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import org.opentest4j.TestAbortedException;

/**
 * A run of the property method by reflection: the arguments JUnit resolved, with the generated ones put in
 * place of the {@link ForAll} parameters.
 *
 * <p>Tensors and arrays are passed as copies: a method that modifies its argument in place must not change the
 * sample the runner keeps for shrinking and reporting. The inputs the body records with
 * {@link Counterexample#input} travel with a failed outcome.
 */
final class MethodTrial implements Trial {

    private final Method method;
    private final Object target;
    private final List<Object> resolvedArguments;
    private final int[] generatedPositions;

    /**
     * A trial of {@code method} on {@code target}.
     *
     * @param resolvedArguments  all arguments as JUnit resolved them (placeholders for the generated ones)
     * @param generatedPositions the positions of the {@link ForAll} parameters, in the order of the generated values
     */
    MethodTrial(Method method, Object target, List<Object> resolvedArguments, int[] generatedPositions) {
        this.method = method;
        this.target = target;
        this.resolvedArguments = resolvedArguments;
        this.generatedPositions = generatedPositions.clone();
        method.setAccessible(true);
    }

    /**
     * Out of memory is rethrown, not reported as a counterexample: the JVM is in no state to go on; so is a
     * {@link PropertyDefinitionException} from the body (a misused kit API), which no sample would cure.
     */
    @Override
    public Outcome run(List<Object> generated) {
        Object[] arguments = resolvedArguments.toArray();
        for (int k = 0; k < generatedPositions.length; k++) {
            arguments[generatedPositions[k]] = Counterexample.copyOf(generated.get(k));
        }
        List<Counterexample.RecordedInput> inputs = Counterexample.startRecording();
        try {
            method.invoke(target, arguments);
            return Outcome.passed();
        } catch (InvocationTargetException e) {
            Throwable thrown = e.getCause();
            if (thrown instanceof OutOfMemoryError error) {
                throw error;
            }
            if (thrown instanceof PropertyDefinitionException definition) {
                throw definition;
            }
            return thrown instanceof TestAbortedException ? Outcome.discarded() : Outcome.failed(thrown, inputs);
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new PropertyDefinitionException("Cannot call " + method + " with the generated arguments "
                    + generated + ": does every generator produce the type of its parameter?", e);
        } finally {
            Counterexample.stopRecording();
        }
    }
}
