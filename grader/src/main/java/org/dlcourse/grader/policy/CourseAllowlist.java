package org.dlcourse.grader.policy;

import java.util.ArrayList;
import java.util.List;
import org.dlcourse.kit.bytecode.CallRule;

/**
 * What student code may use besides its own classes: the APIs course code legitimately needs, by package for the
 * JDK and by class or method for ND4J. Every method, field and type a student class refers to must fall under one
 * of these rules, or the policy names it as "not on the allowlist"; a class one of whose members is allowed may be
 * named as a type (to construct it, to cast to it). The {@link BaseDenylist}'s explicit denials and the exercise's
 * forbidden calls are checked first and win, so {@code java.lang.System#exit} is reported with its own reason
 * although {@code java.lang} is allowed.
 *
 * <p>The groups, and why:
 * <ul>
 *   <li>{@code java.lang} (its own package, not {@code reflect}, {@code invoke} or {@code management}): strings,
 *       boxes, {@code Math}, exceptions, {@code Object}, {@code Record}, {@code Enum}, {@code System.out}; plus
 *       exactly the {@code invokedynamic} bootstraps javac emits for lambdas and method references
 *       ({@code LambdaMetafactory}), string concatenation ({@code StringConcatFactory}) and records'
 *       {@code equals}/{@code hashCode}/{@code toString} ({@code ObjectMethods}).</li>
 *   <li>{@code java.util} with its {@code function} and {@code stream} packages (collections, {@code Arrays},
 *       {@code Optional}, {@code SplittableRandom}, streams), and {@code java.math} (exact arithmetic). Not
 *       {@code java.util.concurrent}, {@code logging}, {@code prefs}, {@code jar} or {@code zip}.</li>
 *   <li>Printing to the captured console: {@code java.io.PrintStream}'s methods (never its constructors), and the
 *       I/O exception types a signature may name.</li>
 *   <li>ND4J by class and method, not by package: the array ({@code INDArray}), its creation and array
 *       functions on {@code Nd4j} (create, zeros, ones, rand, linspace, arange, eye, concat, stacks, gemm, matmul,
 *       reductions, sorting, {@code getRandom}, {@code exec} of an allowed op), {@code Transforms}, indexing and
 *       conditions ({@code org.nd4j.linalg.indexing}), {@code DataType}, reading a {@code DataBuffer}, the linear
 *       algebra of {@code Eigen} and {@code InvertMatrix}, the {@code Erf}/{@code Erfc} ops (no {@code Transforms}
 *       method computes them), and in-memory workspaces (a builder's allocation, learning, reset and spill
 *       policies and sizes; {@code getAndActivateWorkspace}, {@code scopeOutOfWorkspaces}, {@code close}). What
 *       reaches files, the executioner, the backend, global settings or ops by name is outside, and the
 *       {@link BaseDenylist} names the worst of it with a reason; an exercise denies the array operations that
 *       would be its answer in its own {@code forbiddenCalls}.</li>
 *   <li>The kit, {@code org.dlcourse.kit}, whose test and grading machinery (assertions, properties, grading,
 *       bytecode, backend, charts, reference values) the {@link BaseDenylist} denies by name, so that a package
 *       added to the kit for students is usable at once.</li>
 * </ul>
 */
public final class CourseAllowlist {

    /** The rule name under which a reference outside the allowlist is reported. */
    public static final String RULE = "allowlist";

    /** Why a reference outside the allowlist is refused, for the student. */
    public static final String REASON = "grading allows your own classes, java.lang (with Math), java.util with its"
            + " function and stream packages, java.math, printing with System.out, ND4J's arrays (INDArray, Nd4j's"
            + " creation and array methods, Transforms, indexing, conditions, data types) and the kit's student API;"
            + " this is none of them";

    private static final String LANG = "java.lang basics and Math";
    private static final String BOOTSTRAPS = "what javac compiles lambdas, string concatenation and records to";
    private static final String UTIL = "collections, streams and functional interfaces";
    private static final String CONSOLE = "printing to the console the grader captures";
    private static final String ND4J = "ND4J's arrays and their functions";
    private static final String WORKSPACES = "ND4J's workspaces in memory";
    private static final String ND4J_LINALG = "org.nd4j.linalg.";
    private static final String FACTORY = ND4J_LINALG + "factory.Nd4j";
    private static final String WORKSPACE_CONFIGURATION = ND4J_LINALG + "api.memory.conf.WorkspaceConfiguration";
    private static final String KIT = "the kit's student API";

    private CourseAllowlist() {
    }

    /** The allowed APIs; the reason of each rule says which group it belongs to. */
    public static List<CallRule> rules() {
        List<CallRule> rules = new ArrayList<>();
        rules.add(new CallRule("java.lang.*", LANG));
        for (String bootstrap : List.of("java.lang.invoke.LambdaMetafactory#metafactory",
                "java.lang.invoke.LambdaMetafactory#altMetafactory",
                "java.lang.invoke.StringConcatFactory#makeConcatWithConstants",
                "java.lang.runtime.ObjectMethods#bootstrap")) {
            rules.add(new CallRule(bootstrap, BOOTSTRAPS));
        }
        for (String utility : List.of("java.util.*", "java.util.function.*", "java.util.stream.*", "java.math.*")) {
            rules.add(new CallRule(utility, UTIL));
        }
        for (String console : List.of("java.io.PrintStream", "java.io.Serializable", "java.io.IOException",
                "java.io.UncheckedIOException")) {
            rules.add(new CallRule(console, CONSOLE));
        }
        for (String array : List.of(ND4J_LINALG + "api.ndarray.INDArray", ND4J_LINALG + "api.buffer.DataType",
                ND4J_LINALG + "ops.transforms.Transforms", ND4J_LINALG + "indexing.**", ND4J_LINALG + "eigen.Eigen",
                ND4J_LINALG + "inverse.InvertMatrix", ND4J_LINALG + "api.rng.Random",
                ND4J_LINALG + "string.NDArrayStrings", ND4J_LINALG + "exception.**", FACTORY + "$PadMode")) {
            rules.add(new CallRule(array, ND4J));
        }
        for (String method : List.of("create", "createFromArray", "createUninitialized", "zeros", "zerosLike",
                "ones", "onesLike", "valueArrayOf", "scalar", "empty", "eye", "diag", "linspace", "arange", "rand",
                "randn", "randomBernoulli", "randomBinomial", "randomExponential", "choice", "getRandom", "concat",
                "vstack", "hstack", "stack", "pile", "tear", "append", "prepend", "pad", "repeat", "tile",
                "expandDims", "squeeze", "rollAxis", "toFlattened", "pullRows", "where", "meshgrid", "tri", "triu",
                "gemm", "matmul", "tensorMmul", "argMax", "argMin", "max", "min", "mean", "sum", "prod", "std", "var",
                "norm1", "norm2", "normmax", "cumsum", "accumulate", "sort", "sortRows", "sortColumns",
                "sortWithIndices", "shuffle", "reverse", "rot90", "copy", "clearNans", "getStrides", "shape", "order",
                "dataType", "defaultFloatingPointType", "sizeOfDataType", "exec", "getWorkspaceManager")) {
            rules.add(new CallRule(FACTORY + "#" + method, ND4J));
        }
        for (String read : List.of("asDouble", "asFloat", "asInt", "asLong", "getDouble", "getFloat", "getInt",
                "getLong", "length", "dataType")) {
            rules.add(new CallRule(ND4J_LINALG + "api.buffer.DataBuffer#" + read, ND4J));
        }
        for (String op : List.of("Erf", "Erfc")) {
            rules.add(new CallRule(ND4J_LINALG + "api.ops.impl.transforms.strict." + op + "#<init>", ND4J));
        }
        for (String builder : List.of("policyAllocation", "policyLearning", "policyReset", "policySpill",
                "initialSize", "minSize", "maxSize", "overallocationLimit", "cyclesBeforeInitialization",
                "stepsNumber", "build")) {
            rules.add(new CallRule(WORKSPACE_CONFIGURATION + "$WorkspaceConfigurationBuilder#" + builder, WORKSPACES));
        }
        for (String workspace : List.of(WORKSPACE_CONFIGURATION + "#builder",
                ND4J_LINALG + "api.memory.MemoryWorkspaceManager#getAndActivateWorkspace",
                ND4J_LINALG + "api.memory.MemoryWorkspaceManager#scopeOutOfWorkspaces",
                ND4J_LINALG + "api.memory.MemoryWorkspace#close", ND4J_LINALG + "api.memory.enums.AllocationPolicy",
                ND4J_LINALG + "api.memory.enums.LearningPolicy", ND4J_LINALG + "api.memory.enums.ResetPolicy",
                ND4J_LINALG + "api.memory.enums.SpillPolicy")) {
            rules.add(new CallRule(workspace, WORKSPACES));
        }
        rules.add(new CallRule("org.dlcourse.kit.**", KIT));
        return List.copyOf(rules);
    }
}
