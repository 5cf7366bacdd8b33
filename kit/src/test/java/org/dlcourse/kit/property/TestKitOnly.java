package org.dlcourse.kit.property;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a fixture class whose properties fail on purpose: it runs only inside {@link FixtureRunner}, which sets
 * the configuration parameter {@value #PARAMETER}; anywhere else (surefire, an IDE) it is skipped, not failed.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(TestKitOnly.Condition.class)
@interface TestKitOnly {

    /** The configuration parameter that enables fixtures. */
    String PARAMETER = "dlcourse.property.fixtures";

    /** Enables a fixture only when {@value TestKitOnly#PARAMETER} is {@code true}. */
    final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            boolean enabled = context.getConfigurationParameter(PARAMETER).map(Boolean::parseBoolean).orElse(false);
            return enabled ? ConditionEvaluationResult.enabled("run through the engine test kit")
                    : ConditionEvaluationResult.disabled("a fixture of the property runner's tests, failing on purpose");
        }
    }
}
