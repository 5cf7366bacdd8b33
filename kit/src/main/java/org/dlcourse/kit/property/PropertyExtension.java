package org.dlcourse.kit.property;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs {@link Property} methods inside JUnit Jupiter, registered by the annotation itself.
 *
 * <p>Jupiter first resolves every parameter: this extension answers the {@link ForAll} ones with a placeholder
 * (the type's default value) and leaves the others ({@code TestInfo}, ...) to their own resolvers. Then,
 * instead of the single invocation Jupiter would make, {@link #interceptTestMethod} skips it and lets the
 * {@link PropertyRunner} call the method once per try. Lifecycle methods thus run once around the property,
 * and the property is one test with one result. On success, a report entry gives seed, tries, edge tries and
 * discards.
 */
public final class PropertyExtension implements InvocationInterceptor, ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.isAnnotated(ForAll.class);
    }

    /** A placeholder: {@code 0}, {@code false} for primitives, else null; every try replaces it. */
    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type.isPrimitive() ? Array.get(Array.newInstance(type, 1), 0) : null;
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) {
        invocation.skip();
        Method method = invocationContext.getExecutable();
        Class<?> testClass = extensionContext.getRequiredTestClass();
        Property property = AnnotationSupport.findAnnotation(method, Property.class).orElseThrow();
        String name = nameOf(testClass, method);
        Object target = invocationContext.getTarget().orElse(null);

        GenResolver resolver = new GenResolver(testClass, target, name);
        Parameter[] parameters = method.getParameters();
        List<GeneratedParameter> generated = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i].isAnnotationPresent(ForAll.class)) {
                generated.add(GeneratedParameter.of(GenResolver.displayName(parameters[i]),
                        parameters[i].getParameterizedType(), resolver.generatorOf(parameters[i])));
                positions.add(i);
            }
        }
        RunSettings settings = new RunSettings(name, PropertySeeds.seedOf(property, testClass, method.getName()),
                property.tries(), property.maxShrinkSteps(), property.maxDiscardRatio());
        Trial trial = new MethodTrial(method, target, invocationContext.getArguments(),
                positions.stream().mapToInt(Integer::intValue).toArray());

        PropertyRunner.Statistics statistics = new PropertyRunner(settings, generated).run(trial);
        extensionContext.publishReportEntry(Map.of(
                "seed", Long.toString(statistics.seed()),
                "tries", Integer.toString(statistics.tries()),
                "edgeTries", Integer.toString(statistics.edgeTries()),
                "discards", Integer.toString(statistics.discards())));
    }

    /** {@code Class#method} with the class named without its package ({@code Outer$Inner} for nested classes). */
    private static String nameOf(Class<?> testClass, Method method) {
        String packageName = testClass.getPackageName();
        String className = packageName.isEmpty() ? testClass.getName()
                : testClass.getName().substring(packageName.length() + 1);
        return className + "#" + method.getName();
    }
}
