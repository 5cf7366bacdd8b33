package org.dlcourse.kit.property;

import java.lang.reflect.Type;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A {@link ForAll} parameter as the runner sees it: the name shown in counterexamples and its generator.
 *
 * @param name      the parameter's name in reports
 * @param type      its declared type, against which a replayed counterexample is read
 * @param generator its generator, typed for objects because the runner only passes values back and forth
 */
record GeneratedParameter(String name, Type type, Gen<Object> generator) {

    /** The parameter and its generator; the unchecked view is safe because values only flow back into it. */
    @SuppressWarnings("unchecked")
    static GeneratedParameter of(String name, Type type, Gen<?> generator) {
        return new GeneratedParameter(name, type, (Gen<Object>) generator);
    }

    /** The arguments as {@code name = value} lines, each value pretty-printed by its generator. */
    static String describe(List<GeneratedParameter> parameters, List<Object> arguments) {
        if (parameters.isEmpty()) {
            return "(no generated parameters)";
        }
        return IntStream.range(0, parameters.size())
                .mapToObj(i -> parameters.get(i).name() + " = " + parameters.get(i).generator().show(arguments.get(i)))
                .collect(Collectors.joining("\n"));
    }
}
