package org.dlcourse.grader.policy;

import java.util.ArrayList;
import java.util.List;
import org.dlcourse.kit.bytecode.CodeReference;
import org.dlcourse.kit.bytecode.ReferenceKind;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * What a student class may not declare, whatever it calls: a finalizer, and ND4J classes as its superclass or
 * interfaces. Calls are the {@link BaseDenylist}'s business; these are declarations, which call nothing themselves.
 */
final class DeclarationRules {

    /** The rule a class declaring {@code finalize()} breaks. */
    static final String FINALIZER = "java.lang.Object#finalize";

    /** The rule a class extending or implementing an ND4J type breaks. */
    static final String ND4J_SUPERTYPE = "extends org.nd4j.**";

    private static final String FINALIZER_REASON = "your code runs on the test's thread; a finalize() method runs"
            + " later, on the JVM's finalizer thread, after the test has ended; release what you hold in a"
            + " try-with-resources or a finally block";
    private static final String ND4J_SUPERTYPE_REASON = "extending or implementing ND4J's classes changes what ND4J"
            + " runs (an op's name chooses the native operation, a workspace configuration's fields choose a file);"
            + " use ND4J's classes as they are";
    private static final String ND4J = "org.nd4j.";

    private DeclarationRules() {
    }

    /**
     * The declarations of {@code classFile} (the class {@code className}, from {@code sourcePath}) that break a rule,
     * located as {@link PolicyStage} locates calls.
     */
    static List<PolicyViolation> check(String className, byte[] classFile, String sourcePath) {
        List<PolicyViolation> violations = new ArrayList<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                              String[] interfaces) {
                List<String> supertypes = new ArrayList<>(List.of(interfaces));
                if (superName != null) {
                    supertypes.add(0, superName);
                }
                for (String supertype : supertypes) {
                    String dotted = Type.getObjectType(supertype).getClassName();
                    if (dotted.startsWith(ND4J)) {
                        CodeReference declaration = new CodeReference(ReferenceKind.TYPE, className,
                                CodeReference.CLASS_DECLARATION, -1, dotted, "", "");
                        violations.add(new PolicyViolation(ND4J_SUPERTYPE, PolicyStage.where(declaration, sourcePath),
                                dotted, ND4J_SUPERTYPE_REASON));
                    }
                }
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                boolean finalizer = name.equals("finalize") && descriptor.equals("()V")
                        && (access & Opcodes.ACC_STATIC) == 0;
                return finalizer ? new FinalizerLine(className, sourcePath, violations) : null;
            }
        }, ClassReader.SKIP_FRAMES);
        return violations;
    }

    // Reports the finalizer at its first line, once the code says where that is.
    private static final class FinalizerLine extends MethodVisitor {

        private final String className;
        private final String sourcePath;
        private final List<PolicyViolation> violations;
        private int line = -1;

        FinalizerLine(String className, String sourcePath, List<PolicyViolation> violations) {
            super(Opcodes.ASM9);
            this.className = className;
            this.sourcePath = sourcePath;
            this.violations = violations;
        }

        @Override
        public void visitLineNumber(int lineNumber, Label start) {
            if (line < 0) {
                line = lineNumber;
            }
        }

        @Override
        public void visitEnd() {
            CodeReference declaration = new CodeReference(ReferenceKind.METHOD, className, "finalize", line,
                    className, "finalize", "()V");
            violations.add(new PolicyViolation(FINALIZER, PolicyStage.where(declaration, sourcePath),
                    declaration.target(), FINALIZER_REASON));
        }
    }
}
