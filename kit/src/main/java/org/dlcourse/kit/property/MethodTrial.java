package org.dlcourse.kit.property;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.opentest4j.TestAbortedException;

/**
 * A run of the property method by reflection: the arguments JUnit resolved, with the generated ones put in
 * place of the {@link ForAll} parameters.
 *
 * <p>Tensors and arrays are passed as copies: a method that modifies its argument in place must not change the
 * sample the runner keeps for shrinking and reporting.
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

    /** Out of memory is rethrown, not reported as a counterexample: the JVM is in no state to go on. */
    @Override
    public Outcome run(List<Object> generated) {
        Object[] arguments = resolvedArguments.toArray();
        for (int k = 0; k < generatedPositions.length; k++) {
            arguments[generatedPositions[k]] = copyOf(generated.get(k));
        }
        try {
            method.invoke(target, arguments);
            return Outcome.passed();
        } catch (InvocationTargetException e) {
            Throwable thrown = e.getCause();
            if (thrown instanceof OutOfMemoryError error) {
                throw error;
            }
            return thrown instanceof TestAbortedException ? Outcome.discarded() : Outcome.failed(thrown);
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new PropertyDefinitionException("Cannot call " + method + " with the generated arguments "
                    + generated + ": does every generator produce the type of its parameter?", e);
        }
    }

    private static Object copyOf(Object value) {
        if (value instanceof INDArray tensor) {
            return tensor.dup();
        }
        if (value != null && value.getClass().isArray()) {
            int length = Array.getLength(value);
            Object copy = Array.newInstance(value.getClass().getComponentType(), length);
            System.arraycopy(value, 0, copy, 0, length);
            return copy;
        }
        return value;
    }
}
