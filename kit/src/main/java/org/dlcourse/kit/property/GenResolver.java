package org.dlcourse.kit.property;

import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Finds the generator of a {@link ForAll} parameter: the provider method it names, or the default generator of
 * its type. Every mistake is reported as a {@link PropertyDefinitionException} naming parameter and property.
 */
final class GenResolver {

    /** The range of default numbers: wide enough for overflow bugs (e¹⁰⁰⁰ = ∞), small enough to read. */
    static final int DEFAULT_BOUND = 1000;

    /** The range annotation each numeric type takes, by boxed type. */
    private static final Map<Class<?>, Class<? extends Annotation>> RANGE_OF_TYPE =
            Map.of(Double.class, DoubleRange.class, Integer.class, IntRange.class, Long.class, LongRange.class);

    private final Class<?> testClass;
    private final Object testInstance;
    private final String propertyName;

    /**
     * A resolver for the parameters of one property.
     *
     * @param testClass    the class whose provider methods are searched, with its superclasses
     * @param testInstance the instance on which non-static providers are called
     * @param propertyName the property as {@code Class#method}, for messages
     */
    GenResolver(Class<?> testClass, Object testInstance, String propertyName) {
        this.testClass = testClass;
        this.testInstance = testInstance;
        this.propertyName = propertyName;
    }

    /** The generator of {@code parameter}, which must carry {@link ForAll}. */
    Gen<?> generatorOf(Parameter parameter) {
        String provider = providerOf(parameter);
        if (provider.isEmpty()) {
            return defaultGenerator(parameter);
        }
        if (RANGE_OF_TYPE.values().stream().anyMatch(parameter::isAnnotationPresent)) {
            throw error(parameter, "a range annotation only applies without a provider; put the range into "
                    + provider + "()");
        }
        return fromProvider(parameter, provider);
    }

    /**
     * The name shown in reports: the source name if compiled with {@code -parameters}, else the provider's name
     * if no other parameter shares it, else {@code argN} as javac names it.
     */
    static String displayName(Parameter parameter) {
        Parameter[] all = parameter.getDeclaringExecutable().getParameters();
        int index = Arrays.asList(all).indexOf(parameter);
        if (parameter.isNamePresent()) {
            return parameter.getName();
        }
        String provider = providerOf(parameter);
        long sharing = Arrays.stream(all).filter(other -> provider.equals(providerOf(other))).count();
        return provider.isEmpty() || sharing > 1 ? "arg" + index : provider;
    }

    private static String providerOf(Parameter parameter) {
        ForAll forAll = parameter.getAnnotation(ForAll.class);
        return forAll == null ? "" : forAll.value();
    }

    private Gen<?> defaultGenerator(Parameter parameter) {
        Class<?> type = boxed(parameter.getType());
        Class<? extends Annotation> fitting = RANGE_OF_TYPE.get(type);
        for (Class<? extends Annotation> range : RANGE_OF_TYPE.values()) {
            if (range != fitting && parameter.isAnnotationPresent(range)) {
                throw error(parameter, "@" + range.getSimpleName() + " does not apply to " + type.getSimpleName());
            }
        }
        if (type == Double.class) {
            DoubleRange range = parameter.getAnnotation(DoubleRange.class);
            return range == null ? Gens.doubles(-DEFAULT_BOUND, DEFAULT_BOUND) : Gens.doubles(range.min(), range.max());
        }
        if (type == Integer.class) {
            IntRange range = parameter.getAnnotation(IntRange.class);
            return range == null ? Gens.ints(-DEFAULT_BOUND, DEFAULT_BOUND) : Gens.ints(range.min(), range.max());
        }
        if (type == Long.class) {
            LongRange range = parameter.getAnnotation(LongRange.class);
            return range == null ? Gens.longs(-DEFAULT_BOUND, DEFAULT_BOUND) : Gens.longs(range.min(), range.max());
        }
        if (type == Boolean.class) {
            return Gens.booleans();
        }
        if (type == INDArray.class) {
            return Gens.matrices();
        }
        String typeName = parameter.getType().getSimpleName();
        throw error(parameter, "there is no default generator for " + typeName + "; name a provider, "
                + "@ForAll(\"name\") with a method name() returning Gen<" + typeName + ">, "
                + "or use double, int, long, boolean or INDArray");
    }

    private Gen<?> fromProvider(Parameter parameter, String name) {
        Method provider = findProvider(name).orElseThrow(() -> error(parameter, "no method " + name
                + "() without parameters in " + testClass.getSimpleName() + " or its superclasses"));
        if (!Gen.class.isAssignableFrom(provider.getReturnType())) {
            throw error(parameter, name + "() must return a Gen, but returns " + provider.getReturnType().getSimpleName());
        }
        checkElementType(parameter, provider);
        boolean isStatic = Modifier.isStatic(provider.getModifiers());
        if (!isStatic && testInstance == null) {
            throw error(parameter, name + "() must be static here, there is no test instance");
        }
        Object generator;
        try {
            provider.setAccessible(true);
            generator = provider.invoke(isStatic ? null : testInstance);
        } catch (IllegalAccessException e) {
            throw new PropertyDefinitionException(message(parameter, name + "() is not accessible"), e);
        } catch (InvocationTargetException e) {
            throw new PropertyDefinitionException(message(parameter, name + "() threw " + e.getCause()), e.getCause());
        }
        if (generator == null) {
            throw error(parameter, name + "() returned null instead of a Gen");
        }
        return (Gen<?>) generator;
    }

    /** The nearest method {@code name()} without parameters, searching superclasses after the class itself. */
    private Optional<Method> findProvider(String name) {
        for (Class<?> type = testClass; type != null; type = type.getSuperclass()) {
            Optional<Method> found = Arrays.stream(type.getDeclaredMethods())
                    .filter(method -> method.getName().equals(name) && method.getParameterCount() == 0)
                    .filter(method -> !method.isBridge() && !method.isSynthetic())
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Catches {@code Gen<Integer>} for a {@code double} parameter early, where the declared type says so. */
    private void checkElementType(Parameter parameter, Method provider) {
        Type returned = provider.getGenericReturnType();
        if (returned instanceof ParameterizedType generic && generic.getRawType() == Gen.class) {
            Type element = generic.getActualTypeArguments()[0];
            Class<?> elementClass = element instanceof ParameterizedType parameterized
                    ? (Class<?>) parameterized.getRawType()
                    : element instanceof Class<?> plain ? plain : null;
            if (elementClass != null && !boxed(parameter.getType()).isAssignableFrom(elementClass)) {
                throw error(parameter, provider.getName() + "() returns Gen<" + elementClass.getSimpleName()
                        + ">, which does not fit the parameter type " + parameter.getType().getSimpleName());
            }
        }
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return Array.get(Array.newInstance(type, 1), 0).getClass();
    }

    private PropertyDefinitionException error(Parameter parameter, String problem) {
        return new PropertyDefinitionException(message(parameter, problem));
    }

    private String message(Parameter parameter, String problem) {
        return "Parameter '" + displayName(parameter) + "' (" + parameter.getType().getSimpleName() + ") of property "
                + propertyName + ": " + problem;
    }
}
