package org.dlcourse.grader.policy;

import java.util.ArrayList;
import java.util.List;
import org.dlcourse.kit.bytecode.CallRule;

/**
 * The calls no exercise allows: whatever could end or escape the test JVM, outlive the test, fake results, reveal the
 * hidden tests, read or write files, or depend on the machine rather than on the inputs.
 *
 * <p>The explicit denials, checked before the {@link CourseAllowlist}: they name the rule and give the reason even
 * where the allowlist would allow the class ({@code java.lang.System#exit}, {@code Throwable#getStackTrace}), and
 * they keep standing where something is added to the allowlist later. A rule on a method also covers it on every
 * subtype ({@code getStackTrace} of a {@code RuntimeException} or of a student's exception), a rule on a class the
 * members other classes inherit from it. Specific groups come first, so that a call is reported with the most
 * specific reason ({@code Runtime#gc} as garbage collection, not as process control). Lambdas and string
 * concatenation stay allowed: their {@code invokedynamic} bootstraps live in {@code java.lang.invoke} but only
 * {@code MethodHandles} and the handle types are denied.
 */
public final class BaseDenylist {

    private static final String STACK_TRACES = "stack traces would show the hidden tests' class names, methods and"
            + " lines; report a problem with an exception's message instead";
    private static final String GARBAGE_COLLECTION = "collecting garbage is the JVM's business: forcing it"
            + " (System.gc, Runtime.gc, runFinalization) stalls every test that shares the JVM and changes nothing"
            + " your method returns";
    private static final String PARALLEL = "your code runs on the test's thread; a parallel stream or parallel"
            + " array operation hands work to the JVM's shared worker pool, where it can outlive the test and slow the"
            + " tests after it; use a sequential stream or a loop";
    private static final String LOOKUPS = "resource, service, package and class-loader lookups tell which classes"
            + " and files the test JVM holds, hidden tests included; your code needs none of them";
    private static final String PROCESS = "grading runs your code in a JVM it controls; your code may not end it,"
            + " start processes or load native code";
    private static final String THREADS = "your code runs on the test's thread; starting threads or thread pools"
            + " can outlive the test and hide its result";
    private static final String REFLECTION = "reflection and class loading can reach the grader's and the tests'"
            + " internals; call the course's APIs directly";
    private static final String FILES = "your code computes from its arguments; reading or writing files is not"
            + " part of any exercise";
    private static final String MEMORY_MAPPED = "a memory-mapped workspace (a location policy, a temp-file path)"
            + " maps a file into memory, which reads and writes that file; keep workspaces in memory, as ND4J does by"
            + " default";
    private static final String WORKSPACE_MANAGER = "ND4J's workspace manager is shared by everything on the test's"
            + " thread; open a workspace with getAndActivateWorkspace in a try-with-resources and let it close,"
            + " without changing the defaults or other workspaces";
    private static final String EXECUTIONER = "ND4J's executioner, backend, environment and factories are shared by"
            + " every exercise graded in the same JVM; use the array API (INDArray, Nd4j's creation methods,"
            + " Transforms) instead of driving or changing them";
    private static final String OP_BY_NAME = "ND4J's generic custom op runs any native operation by its name,"
            + " including the ones an exercise asks you to write; use the array API (INDArray, Nd4j, Transforms)";
    private static final String NETWORK = "grading runs offline; your code may not open network connections";
    private static final String ENVIRONMENT = "results must depend only on the inputs, not on the machine's"
            + " environment, system properties or console";
    private static final String GRADER = "your code may not use the grader or the test framework";

    private static final String ND4J_LINALG = "org.nd4j.linalg.";
    private static final String WORKSPACE_CONFIGURATION = ND4J_LINALG + "api.memory.conf.WorkspaceConfiguration";
    private static final String WORKSPACES = ND4J_LINALG + "api.memory.MemoryWorkspaceManager";
    private static final String FACTORY = ND4J_LINALG + "factory.Nd4j";
    private static final String DATA = "org.dlcourse.kit.data.";

    private BaseDenylist() {
    }

    /** The rules, in the order they are reported. */
    public static List<CallRule> rules() {
        List<CallRule> rules = new ArrayList<>();
        add(rules, STACK_TRACES, "java.lang.Throwable#getStackTrace", "java.lang.Throwable#printStackTrace",
                "java.lang.Throwable#setStackTrace", "java.lang.StackTraceElement", "java.lang.StackWalker#*",
                "java.lang.Thread#getStackTrace", "java.lang.Thread#getAllStackTraces", "java.lang.Thread#dumpStack",
                "java.lang.SecurityManager");
        add(rules, GARBAGE_COLLECTION, "java.lang.System#gc", "java.lang.System#runFinalization",
                "java.lang.Runtime#gc", "java.lang.Runtime#runFinalization");
        add(rules, PARALLEL, "java.util.Collection#parallelStream", "java.util.stream.BaseStream#parallel",
                "java.util.Arrays#parallelSort", "java.util.Arrays#parallelPrefix", "java.util.Arrays#parallelSetAll",
                "java.util.stream.StreamSupport");
        add(rules, LOOKUPS, "java.lang.Class#getResource", "java.lang.Class#getResourceAsStream",
                "java.lang.Class#getClassLoader", "java.lang.Class#getModule", "java.lang.Class#getProtectionDomain",
                "java.lang.Class#getPackage", "java.lang.Package", "java.lang.Module#*", "java.lang.ModuleLayer#*",
                "java.lang.ClassLoader#*", "java.lang.Thread#getContextClassLoader", "java.util.ServiceLoader#*",
                "java.util.ResourceBundle", "java.util.ResourceBundle$Control", "java.lang.System#getLogger",
                "java.lang.System$LoggerFinder");
        add(rules, PROCESS, "java.lang.System#exit", "java.lang.Runtime#*", "java.lang.ProcessBuilder#*",
                "java.lang.ProcessHandle#*", "java.lang.System#load", "java.lang.System#loadLibrary",
                "java.lang.System#setSecurityManager", "java.lang.instrument.**", "java.lang.management.**",
                "javax.management.**", "sun.**", "com.sun.**", "jdk.internal.**",
                "org.dlcourse.kit.backend.**", "org.bytedeco.**", "org.nd4j.nativeblas.**");
        add(rules, THREADS, "java.lang.Thread", "java.lang.ThreadGroup#*", "java.lang.InheritableThreadLocal",
                "java.util.concurrent.Executors#*", "java.util.concurrent.ThreadPoolExecutor#*",
                "java.util.concurrent.ScheduledThreadPoolExecutor#*", "java.util.concurrent.ForkJoinPool#*",
                "java.util.concurrent.CompletableFuture#*", "java.util.Timer#*");
        add(rules, REFLECTION, "java.lang.reflect.**", "java.lang.invoke.MethodHandles",
                "java.lang.invoke.MethodHandles$Lookup", "java.lang.invoke.MethodHandle",
                "java.lang.invoke.VarHandle", "java.lang.Class#forName",
                "java.lang.Class#getDeclaredMethod", "java.lang.Class#getDeclaredMethods",
                "java.lang.Class#getMethod", "java.lang.Class#getMethods", "java.lang.Class#getDeclaredField",
                "java.lang.Class#getDeclaredFields", "java.lang.Class#getField", "java.lang.Class#getFields",
                "java.lang.Class#getDeclaredConstructor", "java.lang.Class#getDeclaredConstructors",
                "java.lang.Class#getConstructor", "java.lang.Class#getConstructors", "java.lang.Class#newInstance",
                "java.lang.Class#getNestHost", "java.lang.Class#getNestMembers", "java.lang.Class#getDeclaredClasses",
                "java.lang.Class#getClasses", "java.lang.Class#getEnclosingClass", "java.lang.Class#getDeclaringClass",
                "java.lang.Class#getEnclosingMethod", "java.lang.Class#getEnclosingConstructor",
                "java.lang.Class#getPermittedSubclasses", "java.lang.Class#getRecordComponents",
                "java.lang.Class#getSigners");
        add(rules, MEMORY_MAPPED, WORKSPACE_CONFIGURATION + "$WorkspaceConfigurationBuilder#policyLocation",
                WORKSPACE_CONFIGURATION + "$WorkspaceConfigurationBuilder#tempFilePath",
                WORKSPACE_CONFIGURATION + "#setPolicyLocation", WORKSPACE_CONFIGURATION + "#setTempFilePath",
                WORKSPACE_CONFIGURATION + "#<init>", ND4J_LINALG + "api.memory.enums.LocationPolicy");
        add(rules, WORKSPACE_MANAGER, WORKSPACES + "#setDefaultWorkspaceConfiguration",
                WORKSPACES + "#setWorkspaceForCurrentThread", WORKSPACES + "#destroyAllWorkspacesForCurrentThread",
                WORKSPACES + "#destroyWorkspace", WORKSPACES + "#setDebugMode");
        add(rules, OP_BY_NAME, ND4J_LINALG + "api.ops.DynamicCustomOp",
                ND4J_LINALG + "api.ops.DynamicCustomOp$DynamicCustomOpsBuilder",
                ND4J_LINALG + "api.ops.CustomOpDescriptor", ND4J_LINALG + "api.ops.OpContext",
                ND4J_LINALG + "api.ops.BaseOpContext", "org.nd4j.imports.**");
        add(rules, EXECUTIONER, FACTORY + "#getExecutioner", ND4J_LINALG + "api.ops.executioner.**",
                FACTORY + "#getEnvironment", ND4J_LINALG + "factory.Environment", ND4J_LINALG + "api.environment.**",
                FACTORY + "#getBackend", FACTORY + "#backend", ND4J_LINALG + "factory.Nd4jBackend",
                FACTORY + "#getMemoryManager", FACTORY + "#getNDArrayFactory", FACTORY + "#factory",
                FACTORY + "#setFactory", FACTORY + "#setDataType", FACTORY + "#setDefaultDataTypes",
                FACTORY + "#getAffinityManager", FACTORY + "#getDataBufferFactory", FACTORY + "#getConstantHandler",
                FACTORY + "#getDeallocatorService", FACTORY + "#getShapeInfoProvider", FACTORY + "#getCompressor",
                FACTORY + "#getConvolution", FACTORY + "#setConvolution", FACTORY + "#enableFallbackMode",
                FACTORY + "#getRandomFactory", FACTORY + "#randomFactory");
        add(rules, FILES, "java.io.File#*", "java.io.FileInputStream#*", "java.io.FileOutputStream#*",
                "java.io.FileReader#*", "java.io.FileWriter#*", "java.io.RandomAccessFile#*",
                "java.io.FileDescriptor#*", "java.io.PrintStream#<init>", "java.io.PrintWriter#<init>",
                "java.util.Formatter#<init>", "java.util.Scanner#<init>", "java.nio.file.**",
                "java.nio.channels.**", FACTORY + "#saveBinary", FACTORY + "#readBinary", FACTORY + "#writeTxt",
                FACTORY + "#readTxt", FACTORY + "#writeAsNumpy", FACTORY + "#readNumpy", FACTORY + "#createFromNpyFile",
                FACTORY + "#createFromNpzFile", FACTORY + "#createFromNpyPointer",
                FACTORY + "#createNpyFromInputStream", FACTORY + "#read", FACTORY + "#readNpy",
                FACTORY + "#readTxtString", FACTORY + "#write", ND4J_LINALG + "api.buffer.DataBuffer#write",
                ND4J_LINALG + "api.buffer.DataBuffer#read", ND4J_LINALG + "util.ND4JTestUtils", "org.nd4j.serde.**",
                DATA + "FashionMnist#load", DATA + "FashionMnist#read", DATA + "FashionMnistDownload",
                DATA + "FashionMnistLocator", DATA + "FashionMnistFile", DATA + "IdxReader", DATA + "ContentChecksums",
                "org.dlcourse.kit.charts.**", "org.knowm.**");
        add(rules, NETWORK, "java.net.**");
        add(rules, ENVIRONMENT, "java.lang.System#getenv", "java.lang.System#getProperty",
                "java.lang.System#getProperties", "java.lang.System#setProperty", "java.lang.System#setProperties",
                "java.lang.System#clearProperty", "java.lang.System#setOut", "java.lang.System#setErr",
                "java.lang.System#setIn", "java.lang.System#in", "java.lang.System#console",
                "java.lang.System#inheritedChannel", "java.lang.Integer#getInteger", "java.lang.Long#getLong",
                "java.lang.Boolean#getBoolean");
        add(rules, GRADER, "org.dlcourse.grader.**", "org.junit.**", "org.opentest4j.**",
                "org.assertj.**", "org.dlcourse.kit.assertions.**", "org.dlcourse.kit.property.**",
                "org.dlcourse.kit.grading.**", "org.dlcourse.kit.bytecode.**", "org.dlcourse.kit.reference.**");
        return List.copyOf(rules);
    }

    private static void add(List<CallRule> rules, String reason, String... calls) {
        for (String call : calls) {
            rules.add(new CallRule(call, reason));
        }
    }
}
