package org.dlcourse.kit.bytecode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dlcourse.kit.bytecode.fixtures.SerializableSteps;
import org.junit.jupiter.api.Test;

/** Supertypes and declaring classes, and the rules that see through them. */
class TypeHierarchyTests {

    private static final String STACK_TRACE = "()[Ljava/lang/StackTraceElement;";
    private static final TypeHierarchy JDK = TypeHierarchy.of(Map.of(), ClassLoader.getSystemClassLoader());

    private static CodeReference call(String owner, String name, String descriptor) {
        return new CodeReference(ReferenceKind.METHOD, "a.Caller", "run", 3, owner, name, descriptor);
    }

    @Test
    void supertypesAreTransitiveNearestFirstAndIncludeInterfaces() {
        assertThat(JDK.supertypes("java.lang.IllegalStateException")).startsWith("java.lang.RuntimeException",
                "java.lang.Exception", "java.lang.Throwable").contains("java.lang.Object", "java.io.Serializable");
        assertThat(JDK.supertypes("java.util.stream.IntStream")).contains("java.util.stream.BaseStream");
        assertThat(JDK.supertypes("no.such.Type")).isEmpty();
    }

    @Test
    void aMemberResolvesToTheClassThatDeclaresIt() {
        assertThat(JDK.declaringClass("java.lang.IllegalStateException", "getStackTrace", STACK_TRACE))
                .contains("java.lang.Throwable");
        assertThat(JDK.declaringClass("java.util.PropertyResourceBundle", "getBundle",
                "(Ljava/lang/String;)Ljava/util/ResourceBundle;")).contains("java.util.ResourceBundle");
        assertThat(JDK.declaringClass("java.util.ArrayList", "parallelStream", "()Ljava/util/stream/Stream;"))
                .contains("java.util.Collection");
        assertThat(JDK.declaringClass("java.lang.Throwable", "noSuchMethod", "()V")).isEmpty();
    }

    @Test
    void theScannedClassesComeBeforeTheClassLoader() {
        TypeHierarchy student = TypeHierarchy.of(Map.of(SerializableSteps.class.getName(),
                ClassFiles.bytesOf(SerializableSteps.class)), null);

        assertThat(student.supertypes(SerializableSteps.class.getName()))
                .containsExactly("java.lang.Object", "java.lang.Comparable");
    }

    @Test
    void aMemberRuleCoversTheMemberOnEverySubtypeAndOnlyWithAHierarchy() {
        CallRule rule = new CallRule("java.lang.Throwable#getStackTrace", "stack traces name the tests");
        CodeReference inherited = call("java.lang.IllegalStateException", "getStackTrace", STACK_TRACE);
        CodeReference overridden = call("java.util.stream.IntStream", "parallel", "()Ljava/util/stream/IntStream;");

        assertThat(rule.matches(inherited)).isFalse();
        assertThat(rule.matches(inherited, JDK)).isTrue();
        assertThat(new CallRule("java.util.stream.BaseStream#parallel", "pool").matches(overridden, JDK)).isTrue();
        assertThat(rule.matches(call("java.lang.StringBuilder", "getStackTrace", STACK_TRACE), JDK)).isFalse();
    }

    @Test
    void aClassRuleCoversInheritedMembersButAPackageRuleDoesNotLookAtSupertypes() {
        CodeReference bundle = call("java.util.PropertyResourceBundle", "getBundle",
                "(Ljava/lang/String;)Ljava/util/ResourceBundle;");
        assertThat(new CallRule("java.util.ResourceBundle", "lookups").matches(bundle, JDK)).isTrue();

        // java.lang.Class implements java.lang.reflect.Type: a package rule on reflect must not catch getName.
        CodeReference name = call("java.lang.Class", "getName", "()Ljava/lang/String;");
        assertThat(new CallRule("java.lang.reflect.**", "reflection").matches(name, JDK)).isFalse();
        for (String method : List.of("nextInt", "nextDouble", "nextGaussian", "split")) {
            CodeReference random = call("java.util.SplittableRandom", method, "()D");
            assertThat(new CallRule("jdk.internal.**", "internals").matches(random, JDK)).isFalse();
        }
    }

    @Test
    void aTypeIsCoveredByARuleOnOneOfItsMembers() {
        assertThat(new CallRule("a.Op#<init>", "ops").coversType("a.Op")).isTrue();
        assertThat(new CallRule("a.Op#<init>", "ops").coversType("a.Other")).isFalse();
        assertThat(new CallRule("a.**", "ops").coversType("a.b.Op")).isTrue();
    }
}
