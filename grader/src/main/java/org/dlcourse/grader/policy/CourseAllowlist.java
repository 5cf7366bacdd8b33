package org.dlcourse.grader.policy;

import java.util.ArrayList;
import java.util.List;
import org.dlcourse.kit.bytecode.CallRule;

/**
 * What student code may use besides its own classes: the APIs course code legitimately needs, by package. Every
 * method, field and type a student class refers to must fall under one of these rules, or the policy names it as
 * "not on the allowlist"; the {@link BaseDenylist}'s explicit denials and the exercise's forbidden calls are
 * checked first and win, so {@code java.lang.System#exit} is reported with its own reason although
 * {@code java.lang} is allowed.
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
 *   <li>ND4J's array API: {@code org.nd4j.linalg} packages {@code api}, {@code factory}, {@code indexing},
 *       {@code ops}, {@code inverse}, {@code eigen}, {@code convolution}, {@code util} and {@code exception}. Not
 *       its training library ({@code learning}, {@code lossfunctions}, {@code activations}, {@code schedule}),
 *       data pipelines ({@code dataset}), SameDiff ({@code org.nd4j.autodiff}) or native internals; an exercise
 *       denies the array operations that would be its answer in its own {@code forbiddenCalls}.</li>
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
            + " function and stream packages, java.math, printing with System.out, ND4J's array API and the kit's"
            + " student API; this is none of them";

    private static final String LANG = "java.lang basics and Math";
    private static final String BOOTSTRAPS = "what javac compiles lambdas, string concatenation and records to";
    private static final String UTIL = "collections, streams and functional interfaces";
    private static final String CONSOLE = "printing to the console the grader captures";
    private static final String ND4J = "ND4J's array API";
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
        for (String array : List.of("api", "factory", "indexing", "ops", "inverse", "eigen", "convolution", "util",
                "exception")) {
            rules.add(new CallRule("org.nd4j.linalg." + array + ".**", ND4J));
        }
        rules.add(new CallRule("org.dlcourse.kit.**", KIT));
        return List.copyOf(rules);
    }
}
