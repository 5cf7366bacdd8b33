package org.dlcourse.kit.bytecode;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Lists the method, field and type references in a class file, each with its caller and source line.
 *
 * <p>Found: every {@code invoke*} instruction; {@code invokedynamic} bootstrap methods and their method-handle
 * arguments (a method reference such as {@code Transforms::softmax} compiles to such a handle, a lambda to a
 * handle to its synthetic {@code lambda$…} method whose body is scanned like any other); method-handle and
 * class constants loaded by {@code ldc}, including inside dynamic constants; {@code get}/{@code put} of
 * fields; {@code new}, {@code anewarray}, {@code multianewarray}, {@code checkcast} and {@code instanceof}
 * (array types are reported by their element class, primitive arrays not at all); and the superclass and
 * interfaces of the class. Not reported: types that only appear in signatures, annotations or
 * {@code catch} clauses, which cannot call anything; and the two kinds of method javac writes on its own that only
 * forward to the class's own code: bridge methods (a cast and a call of the method they bridge) and the synthetic
 * {@code $deserializeLambda$} of a class with serializable lambdas (it reads {@code SerializedLambda} and recreates
 * the same lambdas whose creation is scanned where the source creates them). Lambda bodies, synthetic too, are
 * scanned.
 *
 * <p>References are listed in class-file order: the class declaration first, then each method's
 * instructions in order.
 */
public final class CallScanner {

    /** The method javac adds to a class with serializable lambdas, JLS §15.27.4 and {@code SerializedLambda}. */
    private static final String DESERIALIZATION_HOOK = "$deserializeLambda$";

    private CallScanner() {
    }

    /**
     * Scans one class file.
     *
     * @throws IllegalArgumentException if the bytes are not a class file ASM can read
     */
    public static List<CodeReference> scan(byte[] classFile) {
        if (classFile.length < 4 || readMagic(classFile) != 0xCAFEBABE) {
            throw new IllegalArgumentException("not a class file: it does not start with 0xCAFEBABE");
        }
        List<CodeReference> references = new ArrayList<>();
        try {
            // Frames are irrelevant to references; line numbers (debug information) are needed.
            new ClassReader(classFile).accept(new ClassScanner(references), ClassReader.SKIP_FRAMES);
        } catch (RuntimeException unreadable) {
            throw new IllegalArgumentException("unreadable class file: " + unreadable, unreadable);
        }
        return List.copyOf(references);
    }

    private static int readMagic(byte[] classFile) {
        return (classFile[0] & 0xff) << 24 | (classFile[1] & 0xff) << 16 | (classFile[2] & 0xff) << 8
                | (classFile[3] & 0xff);
    }

    private static String dotted(String internalName) {
        return Type.getObjectType(internalName).getClassName();
    }

    private static final class ClassScanner extends ClassVisitor {

        private final List<CodeReference> references;
        private String className;

        ClassScanner(List<CodeReference> references) {
            super(Opcodes.ASM9);
            this.references = references;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                          String[] interfaces) {
            className = dotted(name);
            // module-info has no superclass.
            if (superName != null) {
                references.add(CodeReference.type(className, CodeReference.CLASS_DECLARATION, -1, dotted(superName)));
            }
            for (String implemented : interfaces) {
                references.add(CodeReference.type(className, CodeReference.CLASS_DECLARATION, -1, dotted(implemented)));
            }
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            boolean bridge = (access & Opcodes.ACC_BRIDGE) != 0;
            boolean deserializationHook = (access & Opcodes.ACC_SYNTHETIC) != 0
                    && name.equals(DESERIALIZATION_HOOK);
            return bridge || deserializationHook ? null : new MethodScanner(className, name, references);
        }
    }

    private static final class MethodScanner extends MethodVisitor {

        private final String className;
        private final String methodName;
        private final List<CodeReference> references;
        private int line = -1;

        MethodScanner(String className, String methodName, List<CodeReference> references) {
            super(Opcodes.ASM9);
            this.className = className;
            this.methodName = methodName;
            this.references = references;
        }

        // ASM reports a line number right after the label it starts at, before that label's instruction.
        @Override
        public void visitLineNumber(int lineNumber, Label start) {
            line = lineNumber;
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            member(ReferenceKind.METHOD, owner, name, descriptor);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            member(ReferenceKind.FIELD, owner, name, descriptor);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            type(Type.getObjectType(type));
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
            type(Type.getType(descriptor));
        }

        @Override
        public void visitLdcInsn(Object value) {
            constant(value);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrapMethodHandle,
                                           Object... bootstrapMethodArguments) {
            handle(bootstrapMethodHandle);
            for (Object argument : bootstrapMethodArguments) {
                constant(argument);
            }
        }

        private void constant(Object value) {
            if (value instanceof Type type) {
                type(type);
            } else if (value instanceof Handle handle) {
                handle(handle);
            } else if (value instanceof ConstantDynamic dynamic) {
                handle(dynamic.getBootstrapMethod());
                for (int i = 0; i < dynamic.getBootstrapMethodArgumentCount(); i++) {
                    constant(dynamic.getBootstrapMethodArgument(i));
                }
            }
        }

        private void handle(Handle handle) {
            // Reference kinds 1–4 (getField, getStatic, putField, putStatic) are field handles, JVMS §4.4.8.
            boolean field = handle.getTag() <= Opcodes.H_PUTSTATIC;
            member(field ? ReferenceKind.FIELD : ReferenceKind.METHOD, handle.getOwner(), handle.getName(),
                    handle.getDesc());
        }

        private void member(ReferenceKind kind, String owner, String name, String descriptor) {
            references.add(new CodeReference(kind, className, methodName, line, dotted(owner), name, descriptor));
        }

        // Method types (ldc of a MethodType, lambda signatures) and primitive types name no class.
        private void type(Type type) {
            Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
            if (element.getSort() == Type.OBJECT) {
                references.add(CodeReference.type(className, methodName, line, element.getClassName()));
            }
        }
    }
}
