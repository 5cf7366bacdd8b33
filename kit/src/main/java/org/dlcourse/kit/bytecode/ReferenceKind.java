package org.dlcourse.kit.bytecode;

/** What a {@link CodeReference} refers to. */
public enum ReferenceKind {
    /** A method or constructor: invoked, or named by a method handle (method references, lambdas). */
    METHOD,
    /** A field: read or written, directly or through a method handle. */
    FIELD,
    /** A class or interface used as such: instantiated, cast to, tested with instanceof, named as a literal, extended or implemented. */
    TYPE
}
