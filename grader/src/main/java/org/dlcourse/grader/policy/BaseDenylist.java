package org.dlcourse.grader.policy;

import java.util.ArrayList;
import java.util.List;
import org.dlcourse.kit.bytecode.CallRule;

/**
 * The calls no exercise allows (grader v1): whatever could end or escape the test JVM, fake results, read the
 * grader's files or depend on the machine rather than on the inputs.
 *
 * <p>The explicit denials, checked before the {@link CourseAllowlist}: they name the rule and give the reason even
 * where the allowlist would allow the package ({@code java.lang.System#exit}), and they keep standing where a
 * package is added to the allowlist later. Lambdas and string concatenation stay allowed: their
 * {@code invokedynamic} bootstraps live in {@code java.lang.invoke} but only {@code MethodHandles} and the handle
 * types are denied.
 */
public final class BaseDenylist {

    private static final String PROCESS = "grading runs your code in a JVM it controls; your code may not end it,"
            + " start processes or load native code";
    private static final String THREADS = "your code runs on the test's thread; starting threads or thread pools"
            + " can outlive the test and hide its result";
    private static final String REFLECTION = "reflection and class loading can reach the grader's and the tests'"
            + " internals; call the course's APIs directly";
    private static final String FILES = "your code computes from its arguments; reading or writing files is not"
            + " part of any exercise";
    private static final String NETWORK = "grading runs offline; your code may not open network connections";
    private static final String ENVIRONMENT = "results must depend only on the inputs, not on the machine's"
            + " environment, system properties or console";
    private static final String GRADER = "your code may not use the grader or the test framework";

    private BaseDenylist() {
    }

    /** The rules, in the order they are reported. */
    public static List<CallRule> rules() {
        List<CallRule> rules = new ArrayList<>();
        for (String call : List.of("java.lang.System#exit", "java.lang.Runtime#*", "java.lang.ProcessBuilder#*",
                "java.lang.ProcessHandle#*", "java.lang.System#load", "java.lang.System#loadLibrary",
                "java.lang.System#setSecurityManager", "java.lang.instrument.**", "java.lang.management.**",
                "javax.management.**", "sun.**", "com.sun.**", "jdk.internal.**",
                "org.dlcourse.kit.backend.**", "org.bytedeco.**", "org.nd4j.nativeblas.**")) {
            rules.add(new CallRule(call, PROCESS));
        }
        for (String call : List.of("java.lang.Thread", "java.lang.ThreadGroup#*", "java.lang.InheritableThreadLocal",
                "java.util.concurrent.Executors#*", "java.util.concurrent.ThreadPoolExecutor#*",
                "java.util.concurrent.ScheduledThreadPoolExecutor#*", "java.util.concurrent.ForkJoinPool#*",
                "java.util.concurrent.CompletableFuture#*", "java.util.Timer#*")) {
            rules.add(new CallRule(call, THREADS));
        }
        for (String call : List.of("java.lang.reflect.**", "java.lang.invoke.MethodHandles",
                "java.lang.invoke.MethodHandles$Lookup", "java.lang.invoke.MethodHandle",
                "java.lang.invoke.VarHandle", "java.lang.Class#forName", "java.lang.Class#getClassLoader",
                "java.lang.Class#getDeclaredMethod", "java.lang.Class#getDeclaredMethods",
                "java.lang.Class#getMethod", "java.lang.Class#getMethods", "java.lang.Class#getDeclaredField",
                "java.lang.Class#getDeclaredFields", "java.lang.Class#getField", "java.lang.Class#getFields",
                "java.lang.Class#getDeclaredConstructor", "java.lang.Class#getDeclaredConstructors",
                "java.lang.Class#getConstructor", "java.lang.Class#getConstructors", "java.lang.Class#newInstance",
                "java.lang.Class#getResource", "java.lang.Class#getResourceAsStream", "java.lang.Module#*",
                "java.lang.ModuleLayer#*", "java.lang.ClassLoader#*", "java.lang.StackWalker#*",
                "java.util.ServiceLoader#*")) {
            rules.add(new CallRule(call, REFLECTION));
        }
        for (String call : List.of("java.io.File#*", "java.io.FileInputStream#*", "java.io.FileOutputStream#*",
                "java.io.FileReader#*", "java.io.FileWriter#*", "java.io.RandomAccessFile#*",
                "java.io.FileDescriptor#*", "java.io.PrintStream#<init>", "java.io.PrintWriter#<init>",
                "java.util.Formatter#<init>", "java.util.Scanner#<init>", "java.nio.file.**",
                "java.nio.channels.**", "org.nd4j.linalg.factory.Nd4j#saveBinary",
                "org.nd4j.linalg.factory.Nd4j#readBinary", "org.nd4j.linalg.factory.Nd4j#writeTxt",
                "org.nd4j.linalg.factory.Nd4j#readTxt", "org.nd4j.linalg.factory.Nd4j#writeAsNumpy",
                "org.nd4j.linalg.factory.Nd4j#readNumpy", "org.nd4j.linalg.factory.Nd4j#createFromNpyFile",
                "org.nd4j.linalg.factory.Nd4j#createFromNpzFile", "org.nd4j.linalg.factory.Nd4j#createFromNpyPointer",
                "org.nd4j.linalg.factory.Nd4j#createNpyFromInputStream", "org.nd4j.linalg.factory.Nd4j#read",
                "org.nd4j.linalg.factory.Nd4j#readNpy", "org.nd4j.linalg.factory.Nd4j#readTxtString",
                "org.nd4j.linalg.factory.Nd4j#write", "org.nd4j.serde.**",
                "org.dlcourse.kit.charts.**", "org.knowm.**")) {
            rules.add(new CallRule(call, FILES));
        }
        rules.add(new CallRule("java.net.**", NETWORK));
        for (String call : List.of("java.lang.System#getenv", "java.lang.System#getProperty",
                "java.lang.System#getProperties", "java.lang.System#setProperty", "java.lang.System#setProperties",
                "java.lang.System#clearProperty", "java.lang.System#setOut", "java.lang.System#setErr",
                "java.lang.System#setIn", "java.lang.System#in", "java.lang.System#console",
                "java.lang.System#inheritedChannel", "java.lang.Integer#getInteger", "java.lang.Long#getLong",
                "java.lang.Boolean#getBoolean")) {
            rules.add(new CallRule(call, ENVIRONMENT));
        }
        for (String call : List.of("org.dlcourse.grader.**", "org.junit.**", "org.opentest4j.**",
                "org.assertj.**", "org.dlcourse.kit.assertions.**", "org.dlcourse.kit.property.**",
                "org.dlcourse.kit.grading.**", "org.dlcourse.kit.bytecode.**", "org.dlcourse.kit.reference.**")) {
            rules.add(new CallRule(call, GRADER));
        }
        return List.copyOf(rules);
    }
}
