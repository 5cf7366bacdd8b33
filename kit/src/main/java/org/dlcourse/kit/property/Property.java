package org.dlcourse.kit.property;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A property: a test method run on many generated arguments, reported as one JUnit test.
 *
 * <p>Every parameter annotated {@link ForAll} is generated; other parameters ({@code TestInfo}, ...) are
 * resolved by JUnit as usual. The runner first tries combinations of the parameters' edge cases (at most half
 * of {@link #tries}), then random samples, {@link #tries} runs in all. The first failing run (an assertion
 * error or any other exception) is shrunk to a simpler counterexample, at most {@link #maxShrinkSteps} accepted
 * steps and 10 seconds, and reported as a {@link PropertyFailure}
 * with the seed. A run that throws {@code TestAbortedException} (a failed {@code assumeTrue}) is discarded.
 *
 * <p>Reproducibility: the seed is {@link #seed} if set, otherwise derived from the fully qualified class name
 * and the method name, so every run of the same code sees the same samples. The system property
 * {@code dlcourse.seed} (e.g. {@code -Ddlcourse.seed=1234567}, decimal or {@code 0x} hex) overrides the seed of
 * every property, to replay the failure a report names.
 *
 * <p>{@code @BeforeEach} and {@code @AfterEach} methods run once around the whole property, not around each
 * try; tensors and arrays passed to the method are fresh copies, so a method may modify its arguments.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Test
@ExtendWith(PropertyExtension.class)
public @interface Property {

    /** Number of runs of the method, edge cases included; at least 1. */
    int tries() default 100;

    /** Seed of the samples; 0 derives it from the class and method names (see the class comment). */
    long seed() default 0;

    /** Largest number of accepted shrink steps; 0 reports the first failing sample as found. */
    int maxShrinkSteps() default 1000;

    /**
     * Largest allowed ratio of discarded runs (failed assumptions) to checked runs; beyond it, or when no run
     * is checked at all, the property fails because it tests too little.
     */
    int maxDiscardRatio() default 5;
}
