package org.dlcourse.kit.property;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The range [min, max] of the default generator of a {@code @ForAll double} parameter without a provider. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface DoubleRange {

    /** The smallest value, inclusive. */
    double min();

    /** The largest value, inclusive. */
    double max();
}
