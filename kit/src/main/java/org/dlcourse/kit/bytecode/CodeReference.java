package org.dlcourse.kit.bytecode;

import java.util.Objects;

/**
 * One reference from compiled code to a method, field or type.
 *
 * <p>Class names are binary names in dotted form ({@code org.nd4j.linalg.ops.transforms.Transforms},
 * nested classes with {@code $}); the owner of a method called on an array is the array type, e.g.
 * {@code int[]}.
 *
 * @param kind what is referred to
 * @param callerClass the class whose code holds the reference
 * @param callerMethod the method holding it, {@code <init>} for constructors, {@code <clinit>} for static
 *     initializers, {@code lambda$…} for lambda bodies, {@code <class>} for a superclass or interface
 * @param line the source line, −1 when unknown (no debug information, or a class-level reference)
 * @param owner the class that declares the method or field, or the referenced type itself
 * @param name the method or field name; empty for a type reference
 * @param descriptor the JVM descriptor of the method or field, e.g. {@code (Lorg/nd4j/linalg/api/ndarray/INDArray;)V};
 *     empty for a type reference
 */
public record CodeReference(ReferenceKind kind, String callerClass, String callerMethod, int line, String owner,
                            String name, String descriptor) {

    /** The caller method name of references made by the class declaration itself (superclass, interfaces). */
    public static final String CLASS_DECLARATION = "<class>";

    /** Checks that no component is null. */
    public CodeReference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(callerClass, "callerClass");
        Objects.requireNonNull(callerMethod, "callerMethod");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(descriptor, "descriptor");
    }

    /** A type reference: the type is {@code owner}, name and descriptor are empty. */
    static CodeReference type(String callerClass, String callerMethod, int line, String type) {
        return new CodeReference(ReferenceKind.TYPE, callerClass, callerMethod, line, type, "", "");
    }

    /** The same reference with {@code newOwner} as the owner, e.g. the class that declares an inherited method. */
    public CodeReference withOwner(String newOwner) {
        return new CodeReference(kind, callerClass, callerMethod, line, newOwner, name, descriptor);
    }

    /** Where the reference is, e.g. {@code org.dlcourse.softmax.Softmax.softmax (line 42)}. */
    public String caller() {
        if (callerMethod.equals(CLASS_DECLARATION)) {
            return callerClass + " (class declaration)";
        }
        return callerClass + "." + callerMethod + (line >= 0 ? " (line " + line + ")" : "");
    }

    /** What is referred to, e.g. {@code org.nd4j.linalg.ops.transforms.Transforms.softmax}, or the type for a type reference. */
    public String target() {
        return kind == ReferenceKind.TYPE ? owner : owner + "." + name;
    }
}
