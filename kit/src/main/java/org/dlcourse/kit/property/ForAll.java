package org.dlcourse.kit.property;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A parameter of a {@link Property} whose values are generated.
 *
 * <p>{@link #value} names a provider: a method without parameters of the test class or a superclass (static or
 * not, any visibility) returning a {@link Gen} of the parameter's type. Without a name, the parameter's type
 * picks a default generator: {@code double}/{@code Double} in [−1000, 1000] or {@link DoubleRange},
 * {@code int}/{@code Integer} in [−1000, 1000] or {@link IntRange}, {@code long}/{@code Long} in
 * [−1000, 1000] or {@link LongRange}, {@code boolean}/{@code Boolean}, and {@code INDArray}
 * ({@link Gens#matrices()}). Any other type needs a provider.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ForAll {

    /** Name of the provider method; empty for the default generator of the parameter's type. */
    String value() default "";
}
