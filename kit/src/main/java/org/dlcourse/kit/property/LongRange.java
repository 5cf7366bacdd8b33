package org.dlcourse.kit.property;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The range [min, max] of the default generator of a {@code @ForAll long} parameter without a provider. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface LongRange {

    /** The smallest value, inclusive. */
    long min();

    /** The largest value, inclusive. */
    long max();
}
