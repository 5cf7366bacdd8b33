package org.dlcourse.kit.property;

/**
 * A property that cannot be run as written: a missing or ill-typed generator, a parameter without a default
 * generator, a filter or assumption that rejects (nearly) everything. Not a counterexample: nothing is shrunk.
 */
public class PropertyDefinitionException extends RuntimeException {

    /** An exception with a message that says what to change in the property. */
    public PropertyDefinitionException(String message) {
        super(message);
    }

    /** An exception with a message that says what to change in the property, and its cause. */
    public PropertyDefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
