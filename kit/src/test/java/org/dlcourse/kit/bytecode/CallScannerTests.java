package org.dlcourse.kit.bytecode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dlcourse.kit.bytecode.ReferenceKind.FIELD;
import static org.dlcourse.kit.bytecode.ReferenceKind.METHOD;
import static org.dlcourse.kit.bytecode.ReferenceKind.TYPE;

import java.util.Arrays;
import java.util.List;
import org.dlcourse.kit.bytecode.fixtures.CallsSoftmax;
import org.dlcourse.kit.bytecode.fixtures.Clean;
import org.dlcourse.kit.bytecode.fixtures.ReferencesExp;
import org.dlcourse.kit.bytecode.fixtures.SerializableSteps;
import org.dlcourse.kit.bytecode.fixtures.UsesNn;
import org.dlcourse.kit.bytecode.fixtures.UsesTypes;
import org.junit.jupiter.api.Test;

class CallScannerTests {

    private static final String INDARRAY = "Lorg/nd4j/linalg/api/ndarray/INDArray;";
    private static final String TRANSFORMS = "org.nd4j.linalg.ops.transforms.Transforms";
    private static final String LAMBDA_METAFACTORY_DESCRIPTOR = "(Ljava/lang/invoke/MethodHandles$Lookup;"
            + "Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodType;"
            + "Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;";

    private static List<CodeReference> scan(Class<?> type) {
        return CallScanner.scan(ClassFiles.bytesOf(type));
    }

    private static CodeReference superObject(Class<?> type) {
        return CodeReference.type(type.getName(), "<class>", -1, "java.lang.Object");
    }

    private static CodeReference objectConstructor(Class<?> type, int line) {
        return new CodeReference(METHOD, type.getName(), "<init>", line, "java.lang.Object", "<init>", "()V");
    }

    @Test
    void findsADirectStaticCallWithItsLine() {
        String caller = CallsSoftmax.class.getName();
        assertThat(scan(CallsSoftmax.class)).containsExactly(
                superObject(CallsSoftmax.class),
                objectConstructor(CallsSoftmax.class, FixtureLines.of(CallsSoftmax.class, "constructor")),
                new CodeReference(METHOD, caller, "probabilities", FixtureLines.of(CallsSoftmax.class, "softmax"),
                        TRANSFORMS, "softmax", "(" + INDARRAY + ")" + INDARRAY));
    }

    @Test
    void findsAMethodReferenceThroughItsInvokedynamicHandle() {
        String caller = ReferencesExp.class.getName();
        int line = FixtureLines.of(ReferencesExp.class, "reference");
        assertThat(scan(ReferencesExp.class)).containsExactly(
                superObject(ReferencesExp.class),
                objectConstructor(ReferencesExp.class, FixtureLines.of(ReferencesExp.class, "constructor")),
                new CodeReference(METHOD, caller, "exponential", line, "java.lang.invoke.LambdaMetafactory",
                        "metafactory", LAMBDA_METAFACTORY_DESCRIPTOR),
                new CodeReference(METHOD, caller, "exponential", line, TRANSFORMS, "exp",
                        "(" + INDARRAY + ")" + INDARRAY));
    }

    @Test
    void findsFactoryMethodsFieldsAndCallsInsideLambdas() {
        String caller = UsesNn.class.getName();
        int methodLine = FixtureLines.of(UsesNn.class, "method");
        int fieldLine = FixtureLines.of(UsesNn.class, "field");
        String softmax = "(" + INDARRAY + "I)" + INDARRAY;
        List<CodeReference> references = scan(UsesNn.class);
        String lambda = references.stream().map(CodeReference::callerMethod)
                .filter(name -> name.startsWith("lambda$viaField$")).findFirst().orElseThrow();
        assertThat(references).containsExactly(
                superObject(UsesNn.class),
                objectConstructor(UsesNn.class, FixtureLines.of(UsesNn.class, "constructor")),
                new CodeReference(METHOD, caller, "viaMethod", methodLine, "org.nd4j.linalg.factory.Nd4j", "nn",
                        "()Lorg/nd4j/linalg/factory/ops/NDNN;"),
                new CodeReference(METHOD, caller, "viaMethod", methodLine, "org.nd4j.linalg.factory.ops.NDNN",
                        "softmax", softmax),
                new CodeReference(METHOD, caller, "viaField", fieldLine, "java.lang.invoke.LambdaMetafactory",
                        "metafactory", LAMBDA_METAFACTORY_DESCRIPTOR),
                new CodeReference(METHOD, caller, "viaField", fieldLine, caller, lambda,
                        "(" + INDARRAY + ")" + INDARRAY),
                new CodeReference(FIELD, caller, lambda, fieldLine, "org.nd4j.linalg.factory.Nd4j", "nn",
                        "Lorg/nd4j/linalg/factory/ops/NDNN;"),
                new CodeReference(METHOD, caller, lambda, fieldLine, "org.nd4j.linalg.factory.ops.NDNN",
                        "softmax", softmax));
    }

    @Test
    void findsEveryKindOfTypeUse() {
        String caller = UsesTypes.class.getName();
        String indArray = "org.nd4j.linalg.api.ndarray.INDArray";
        List<CodeReference> references = scan(UsesTypes.class);
        int getstatic = FixtureLines.of(UsesTypes.class, "getstatic");
        assertThat(references).contains(
                superObject(UsesTypes.class),
                CodeReference.type(caller, "<class>", -1, "java.util.function.Supplier"),
                new CodeReference(FIELD, caller, "<init>", getstatic, "org.nd4j.linalg.api.buffer.DataType", "DOUBLE",
                        "Lorg/nd4j/linalg/api/buffer/DataType;"),
                new CodeReference(FIELD, caller, "<init>", getstatic, caller, "held", "Ljava/lang/Object;"),
                CodeReference.type(caller, "get", FixtureLines.of(UsesTypes.class, "new"), "java.util.ArrayList"),
                CodeReference.type(caller, "get", FixtureLines.of(UsesTypes.class, "anewarray"), indArray),
                CodeReference.type(caller, "get", FixtureLines.of(UsesTypes.class, "ldc"), indArray),
                CodeReference.type(caller, "get", FixtureLines.of(UsesTypes.class, "instanceof"), indArray),
                CodeReference.type(caller, "get", FixtureLines.of(UsesTypes.class, "checkcast"), indArray),
                CodeReference.type(caller, "get", FixtureLines.of(UsesTypes.class, "multianewarray"), indArray));
        // new double[4] names no class, so exactly the six uses above are type references inside get().
        assertThat(references).filteredOn(r -> r.kind() == TYPE && r.callerMethod().equals("get")).hasSize(6);
    }

    @Test
    void aCleanImplementationOnlyReferencesTheJdk() {
        String caller = Clean.class.getName();
        List<CodeReference> references = scan(Clean.class);
        assertThat(references).allMatch(r -> r.owner().startsWith("java.lang."))
                .contains(new CodeReference(METHOD, caller, "softmax", FixtureLines.of(Clean.class, "max"),
                                "java.lang.Math", "max", "(DD)D"),
                        new CodeReference(METHOD, caller, "softmax", FixtureLines.of(Clean.class, "exp"),
                                "java.lang.Math", "exp", "(D)D"));
    }

    @Test
    void javacsDeserializationHookAndBridgesAreSkippedButLambdaBodiesAreScanned() {
        List<CodeReference> references = scan(SerializableSteps.class);

        assertThat(references).extracting(CodeReference::callerMethod)
                .doesNotContain("$deserializeLambda$")
                .anyMatch(method -> method.startsWith("lambda$step$"));
        assertThat(references).extracting(CodeReference::owner).doesNotContain("java.lang.invoke.SerializedLambda");
        // The bridge compareTo(Object) would cast its argument and call compareTo(SerializableSteps).
        assertThat(references).filteredOn(reference -> reference.callerMethod().equals("compareTo"))
                .extracting(CodeReference::target).containsOnly("java.lang.Integer.compare",
                        SerializableSteps.class.getName() + ".size");
        assertThat(references).extracting(CodeReference::target).contains("java.lang.Math.addExact");
    }

    @Test
    void rejectsBytesThatAreNotAClassFile() {
        assertThatThrownBy(() -> CallScanner.scan(new byte[] {1, 2, 3, 4, 5}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0xCAFEBABE");
        byte[] truncated = Arrays.copyOf(ClassFiles.bytesOf(CallsSoftmax.class), 40);
        assertThatThrownBy(() -> CallScanner.scan(truncated)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unreadable class file");
    }

    @Test
    void callerAndTargetRenderForMessages() {
        CodeReference call = new CodeReference(METHOD, "a.B", "run", 12, "c.D", "go", "()V");
        assertThat(call.caller()).isEqualTo("a.B.run (line 12)");
        assertThat(call.target()).isEqualTo("c.D.go");
        assertThat(new CodeReference(METHOD, "a.B", "run", -1, "c.D", "go", "()V").caller()).isEqualTo("a.B.run");
        CodeReference declaration = CodeReference.type("a.B", "<class>", -1, "c.D");
        assertThat(declaration.caller()).isEqualTo("a.B (class declaration)");
        assertThat(declaration.target()).isEqualTo("c.D");
    }
}
