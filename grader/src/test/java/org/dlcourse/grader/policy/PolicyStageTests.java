package org.dlcourse.grader.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dlcourse.grader.Fixtures;
import org.dlcourse.grader.GradeRequest;
import org.dlcourse.grader.Grader;
import org.dlcourse.grader.course.Course;
import org.dlcourse.grader.scoring.ExerciseResult;
import org.dlcourse.grader.scoring.ExerciseStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The policy on the fixture exercise 90-arith, whose {@code add} body is replaced by each snippet: the compiled
 * class is checked before anything runs, and the violation names the rule, the file and line, and the reason.
 */
class PolicyStageTests {

    private static final String ARITH = "90-arith";
    private static final String ARITH_SOURCE = "90-arith/src/main/java/org/dlcourse/fixture/arith/Arith.java";
    private static final String ND4J = "org.nd4j.linalg.factory.Nd4j";
    private static final String ARRAY = "org.nd4j.linalg.api.ndarray.INDArray";
    private static final String DATA_TYPE = "org.nd4j.linalg.api.buffer.DataType";
    private static final String CONFIGURATION = "org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration";
    private static final String BUILDER = CONFIGURATION + "$WorkspaceConfigurationBuilder";
    private static final String LOCATION = "org.nd4j.linalg.api.memory.enums.LocationPolicy";
    private static final String CUSTOM_OP = "org.nd4j.linalg.api.ops.DynamicCustomOp";
    private static final String HIDDEN_TESTS = "org.dlcourse.fixture.arith.ArithHiddenTests";

    @TempDir
    static Path shared;

    private static Grader grader;

    @TempDir
    Path submission;

    /** The forbidden calls and attacks, each in a class of its own, graded together once. */
    private static Callers CALLERS;

    @BeforeAll
    static void buildFixtureCourseAndGradeEveryForbiddenCall() throws Exception {
        grader = new Grader(Course.load(Fixtures.fixtureBundle(shared.resolve("course"), ARITH)));
        List<String> statements = Stream.concat(forbiddenCalls(), attacks())
                .map(arguments -> (String) arguments.get()[0]).toList();
        CALLERS = Callers.grade(grader, shared.resolve("callers"), statements);
    }

    /** Each forbidden call: a statement for line 9 and the rule of its first violation. */
    private static final String FORBIDDEN_CALLS = """
            System.exit(1);                                                        | java.lang.System#exit
            Runtime.getRuntime().halt(1);                                          | java.lang.Runtime#*
            new ProcessBuilder("ls").inheritIO();                                  | java.lang.ProcessBuilder#*
            new Thread(() -> { }).start();                                         | java.lang.Thread
            Thread.sleep(1);                                                       | java.lang.Thread
            java.util.concurrent.Executors.newSingleThreadExecutor();              | java.util.concurrent.Executors#*
            java.util.concurrent.CompletableFuture.runAsync(() -> { });            | java.util.concurrent.CompletableFuture#*
            Class.forName("java.lang.String");                                     | java.lang.Class#forName
            Arith.class.getDeclaredMethods();                                      | java.lang.Class#getDeclaredMethods
            java.lang.invoke.MethodHandles.lookup();                               | java.lang.invoke.MethodHandles
            Arith.class.getClassLoader();                                          | java.lang.Class#getClassLoader
            new java.io.File("x").delete();                                        | java.io.File#*
            new java.io.PrintStream(new java.io.ByteArrayOutputStream());          | java.io.PrintStream#<init>
            java.nio.file.Files.exists(java.nio.file.Path.of("x"));                | java.nio.file.**
            new java.net.Socket();                                                 | java.net.**
            System.getenv("HOME");                                                 | java.lang.System#getenv
            System.getProperty("user.home");                                       | java.lang.System#getProperty
            System.setOut(System.err);                                             | java.lang.System#setOut
            System.in.hashCode();                                                  | java.lang.System#in
            ProcessHandle.current().pid();                                         | java.lang.ProcessHandle#*
            org.junit.jupiter.api.Assertions.fail("no");                           | org.junit.**
            org.dlcourse.kit.backend.BackendReport.main(new String[0]);            | org.dlcourse.kit.backend.**
            org.dlcourse.kit.property.Gens.class.hashCode();                       | org.dlcourse.kit.property.**
            java.time.Instant.now();                                               | allowlist
            java.util.logging.Logger.getGlobal();                                  | allowlist
            new java.util.concurrent.atomic.AtomicInteger();                       | allowlist
            java.util.regex.Pattern.compile("a");                                  | allowlist
            new java.io.ByteArrayOutputStream();                                   | allowlist
            new org.nd4j.linalg.dataset.DataSet();                                 | allowlist
            Math.multiplyExact(a, b);                                              | java.lang.Math#multiplyExact
            """;

    static Stream<Arguments> forbiddenCalls() {
        return FORBIDDEN_CALLS.lines().map(line -> line.split("\\|")).map(cells -> Arguments.of(cells[0].strip(),
                cells[1].strip()));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("forbiddenCalls")
    void aForbiddenCallIsAViolationNamingTheRuleAndWhere(String statement, String rule) {
        String caller = CALLERS.caller(statement);

        assertThat(CALLERS.result().status()).isEqualTo(ExerciseStatus.POLICY_VIOLATION);
        assertThat(CALLERS.result().score().points()).isZero();
        assertThat(CALLERS.violationsIn(caller)).first().satisfies(violation -> {
            assertThat(violation.rule()).isEqualTo(rule);
            assertThat(violation.location())
                    .isEqualTo("90-arith/src/main/java/org/dlcourse/fixture/arith/" + caller + ".java:9 (" + caller
                            + ".add)");
            assertThat(violation.reason()).isNotBlank();
            assertThat(violation.toString()).startsWith(violation.location() + ": ").contains("(" + rule + ")");
        });
    }

    // Each class of attack on the policy: a statement for line 9 and the rules its violations must include.
    static Stream<Arguments> attacks() {
        return Stream.of(
                attack(CONFIGURATION + ".builder().policyLocation(" + LOCATION + ".MMAP).tempFilePath(\"x\").build();",
                        BUILDER + "#policyLocation", BUILDER + "#tempFilePath", LOCATION),
                attack("new " + CONFIGURATION + "().setTempFilePath(\"x\");", CONFIGURATION + "#<init>",
                        CONFIGURATION + "#setTempFilePath"),
                attack(ND4J + ".getWorkspaceManager().setDefaultWorkspaceConfiguration(null);",
                        "org.nd4j.linalg.api.memory.MemoryWorkspaceManager#setDefaultWorkspaceConfiguration"),
                attack(ND4J + ".exec(" + CUSTOM_OP + ".builder(\"softmax\").build());", CUSTOM_OP),
                attack("new " + CUSTOM_OP + "(\"softmax\", new " + ARRAY + "[0], new " + ARRAY + "[0]);", CUSTOM_OP),
                attack(ND4J + ".getExecutioner().commit();", ND4J + "#getExecutioner",
                        "org.nd4j.linalg.api.ops.executioner.**"),
                attack(ND4J + ".setDefaultDataTypes(" + DATA_TYPE + ".FLOAT, " + DATA_TYPE + ".FLOAT);",
                        ND4J + "#setDefaultDataTypes"),
                attack(ND4J + ".getMemoryManager().invokeGc();", ND4J + "#getMemoryManager", CourseAllowlist.RULE),
                attack(ND4J + ".zeros(1).data().write((java.io.OutputStream) null);",
                        "org.nd4j.linalg.api.buffer.DataBuffer#write"),
                attack("new org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh(" + ND4J + ".zeros(1));",
                        CourseAllowlist.RULE),
                attack(ND4J + ".getBlasWrapper();", CourseAllowlist.RULE),
                attack("org.dlcourse.kit.data.FashionMnist.load();", "org.dlcourse.kit.data.FashionMnist#load"),
                attack("new Throwable().getStackTrace();", "java.lang.Throwable#getStackTrace"),
                attack("new IllegalStateException().printStackTrace();", "java.lang.Throwable#printStackTrace"),
                attack("new RuntimeException() { }.getStackTrace();", "java.lang.Throwable#getStackTrace"),
                attack("new Error().setStackTrace(new StackTraceElement[0]);", "java.lang.Throwable#setStackTrace",
                        "java.lang.StackTraceElement"),
                attack("Thread.currentThread().getStackTrace();", "java.lang.Thread#getStackTrace"),
                attack("Package.getPackages();", "java.lang.Package"),
                attack("Arith.class.getPackage();", "java.lang.Class#getPackage"),
                attack("Arith.class.getModule();", "java.lang.Class#getModule"),
                attack("Arith.class.getProtectionDomain();", "java.lang.Class#getProtectionDomain"),
                attack("Arith.class.getNestHost();", "java.lang.Class#getNestHost"),
                attack("java.util.ResourceBundle.getBundle(\"" + HIDDEN_TESTS + "\");", "java.util.ResourceBundle"),
                attack("java.util.PropertyResourceBundle.getBundle(\"" + HIDDEN_TESTS + "\");",
                        "java.util.ResourceBundle"),
                attack("ClassLoader.getSystemResource(\"" + HIDDEN_TESTS.replace('.', '/') + ".class\");",
                        "java.lang.ClassLoader#*"),
                attack("System.getLogger(\"x\");", "java.lang.System#getLogger"),
                attack("System.gc();", "java.lang.System#gc"),
                attack("System.runFinalization();", "java.lang.System#runFinalization"),
                attack("Runtime.getRuntime().gc();", "java.lang.Runtime#gc"),
                attack("java.util.List.of(a, b).parallelStream().count();", "java.util.Collection#parallelStream"),
                attack("new java.util.ArrayList<Integer>().parallelStream().count();",
                        "java.util.Collection#parallelStream"),
                attack("java.util.stream.IntStream.of(a, b).parallel().sum();", "java.util.stream.BaseStream#parallel"),
                attack("java.util.stream.Stream.of(a, b).parallel().count();", "java.util.stream.BaseStream#parallel"),
                attack("java.util.Arrays.parallelSort(new int[] {a, b});", "java.util.Arrays#parallelSort"),
                attack("java.util.stream.StreamSupport.stream(java.util.List.of(a).spliterator(), true).count();",
                        "java.util.stream.StreamSupport"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void eachAttackOnThePolicyIsAViolationWithItsRule(String statement, List<String> rules) {
        String caller = CALLERS.caller(statement);

        assertThat(CALLERS.result().status()).isEqualTo(ExerciseStatus.POLICY_VIOLATION);
        assertThat(CALLERS.violationsIn(caller)).extracting(PolicyViolation::rule).containsAll(rules);
        assertThat(CALLERS.violationsIn(caller)).allSatisfy(violation -> {
            assertThat(violation.location()).startsWith(CALLERS.source(caller) + ":9 (" + caller);
            assertThat(violation.reason()).isNotBlank();
        });
    }

    @Test
    void aClassDeclaringAFinalizerIsAViolationAtTheFinalizer() throws Exception {
        writeArith("new Lingering();");
        Fixtures.writeSource(submission, ARITH, "org/dlcourse/fixture/arith/Lingering.java", """
                package org.dlcourse.fixture.arith;

                final class Lingering {

                    @Override
                    protected void finalize() {
                        System.out.println("after the test");
                    }
                }
                """);

        assertThat(grade().violations()).singleElement().satisfies(violation -> {
            assertThat(violation.rule()).isEqualTo(DeclarationRules.FINALIZER);
            assertThat(violation.used()).isEqualTo("org.dlcourse.fixture.arith.Lingering.finalize");
            assertThat(violation.location())
                    .isEqualTo("90-arith/src/main/java/org/dlcourse/fixture/arith/Lingering.java:7"
                            + " (Lingering.finalize)");
            assertThat(violation.reason()).contains("after the test has ended");
        });
    }

    @Test
    void aClassExtendingAnNd4jClassIsAViolationEvenWhereTheClassMayBeUsed() throws Exception {
        writeArith("new RenamedOp();");
        Fixtures.writeSource(submission, ARITH, "org/dlcourse/fixture/arith/RenamedOp.java", """
                package org.dlcourse.fixture.arith;

                final class RenamedOp extends org.nd4j.linalg.api.ops.impl.transforms.strict.Erf {

                    RenamedOp() {
                        super(org.nd4j.linalg.factory.Nd4j.zeros(1));
                    }

                    @Override
                    public String opName() {
                        return "softmax";
                    }
                }
                """);

        assertThat(grade().violations()).singleElement().satisfies(violation -> {
            assertThat(violation.rule()).isEqualTo(DeclarationRules.ND4J_SUPERTYPE);
            assertThat(violation.used()).isEqualTo("org.nd4j.linalg.api.ops.impl.transforms.strict.Erf");
            assertThat(violation.location()).isEqualTo(
                    "90-arith/src/main/java/org/dlcourse/fixture/arith/RenamedOp.java (RenamedOp.<class>)");
        });
    }

    @Test
    void theArrayApiTheSolutionsUseAndInMemoryWorkspacesPassThePolicy() throws Exception {
        writeArith("""
                org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration batch =
                                org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration.builder()
                                .policyAllocation(org.nd4j.linalg.api.memory.enums.AllocationPolicy.STRICT)
                                .policyLearning(org.nd4j.linalg.api.memory.enums.LearningPolicy.FIRST_LOOP)
                                .policyReset(org.nd4j.linalg.api.memory.enums.ResetPolicy.BLOCK_LEFT).build();
                        try (org.nd4j.linalg.api.memory.MemoryWorkspace workspace = org.nd4j.linalg.factory.Nd4j
                                .getWorkspaceManager().getAndActivateWorkspace(batch, "arith")) {
                            org.nd4j.linalg.api.ndarray.INDArray x = org.nd4j.linalg.factory.Nd4j.create(
                                    new double[][] {{2, 1}, {1, 3}});
                            org.nd4j.linalg.api.ndarray.INDArray y = org.nd4j.linalg.factory.Nd4j.exec(
                                    new org.nd4j.linalg.api.ops.impl.transforms.strict.Erf(x.dup()));
                            org.nd4j.linalg.ops.transforms.Transforms.exp(x.get(
                                    org.nd4j.linalg.indexing.NDArrayIndex.all(),
                                    org.nd4j.linalg.indexing.NDArrayIndex.point(0)), true);
                            org.nd4j.linalg.indexing.BooleanIndexing.replaceWhere(y, 0.0,
                                    org.nd4j.linalg.indexing.conditions.Conditions.lessThan(0));
                            org.nd4j.linalg.eigen.Eigen.symmetricGeneralizedEigenvalues(x.mmul(x.transpose()), true);
                            org.nd4j.linalg.factory.Nd4j.gemm(x, y, false, true).data().asDouble();
                        }""");

        ExerciseResult result = grade();

        assertThat(result.violations()).isEmpty();
        assertThat(result.score().points()).isEqualTo(result.score().max());
    }

    @Test
    void javacsOwnMembersAreNeverAViolation() throws Exception {
        writeArith("Generated.check(a, b);");
        Fixtures.writeSource(submission, ARITH, "org/dlcourse/fixture/arith/Generated.java", """
                package org.dlcourse.fixture.arith;

                import java.io.Serializable;
                import java.util.function.IntBinaryOperator;

                final class Generated {

                    private interface Sum extends IntBinaryOperator, Serializable {
                    }

                    private enum Sign { NEGATIVE, ZERO, POSITIVE }

                    private record Pair(int left, int right) implements Comparable<Pair> {

                        @Override
                        public int compareTo(Pair other) {
                            return Integer.compare(left + right, other.left + other.right);
                        }
                    }

                    private Generated() {
                    }

                    static void check(int a, int b) {
                        Sum plus = (x, y) -> x + y;
                        Sum reference = Integer::sum;
                        assert plus.applyAsInt(a, b) == reference.applyAsInt(a, b) : "two sums agree";
                        Sign sign = Sign.values()[Integer.signum(plus.applyAsInt(a, b)) + 1];
                        int shown = switch (sign) {
                            case NEGATIVE -> -1;
                            case ZERO -> 0;
                            case POSITIVE -> 1;
                        };
                        switch (sign.name()) {
                            case "ZERO":
                                shown += 0;
                                break;
                            default:
                                break;
                        }
                        java.util.List<Pair> pairs = new java.util.ArrayList<>(
                                java.util.List.of(new Pair(a, b), new Pair(b, a)));
                        java.util.Collections.sort(pairs);
                        System.out.println(shown + " " + pairs + " " + Sign.valueOf("ZERO"));
                    }
                }
                """);

        ExerciseResult result = grade();

        assertThat(result.violations()).isEmpty();
        assertThat(result.status()).isEqualTo(ExerciseStatus.GRADED);
        assertThat(result.score().points()).isEqualTo(result.score().max());
    }

    @Test
    void anApiOutsideTheAllowlistIsNamedWithWhereItIsUsedAndWhatIsAllowed() throws Exception {
        writeArith("java.time.Instant.now();");

        assertThat(grade().violations()).singleElement().satisfies(violation -> {
            assertThat(violation.rule()).isEqualTo(CourseAllowlist.RULE);
            assertThat(violation.used()).isEqualTo("java.time.Instant.now");
            assertThat(violation.toString()).isEqualTo("90-arith/src/main/java/org/dlcourse/fixture/arith/Arith.java:9"
                    + " (Arith.add): java.time.Instant.now is forbidden (allowlist): " + CourseAllowlist.REASON);
        });
    }

    @Test
    void theExercisesOwnRuleIsReportedWithItsOwnReason() throws Exception {
        writeArith("Math.multiplyExact(a, b);");

        assertThat(grade().violations()).singleElement().satisfies(violation -> {
            assertThat(violation.used()).isEqualTo("java.lang.Math.multiplyExact");
            assertThat(violation.reason()).isEqualTo("this fixture exercise is to multiply with *");
        });
    }

    @Test
    void ordinaryCodeWithLambdasStreamsStringsAndPrintingPassesThePolicy() throws Exception {
        writeArith("""
                java.util.function.IntBinaryOperator plus = (x, y) -> x + y;
                        String shown = "a=" + a + ", b=" + b;
                        System.out.println(shown + java.util.stream.IntStream.of(a, b).map(Math::abs).sum());
                        new StringBuilder(shown).reverse();
                        java.util.List.of(a, b).forEach(value -> Math.max(value, 0));
                        plus.applyAsInt(a, b);""");

        ExerciseResult result = grade();

        assertThat(result.violations()).isEmpty();
        assertThat(result.status()).isEqualTo(ExerciseStatus.GRADED);
        assertThat(result.score().points()).isEqualTo(result.score().max());
    }

    @Test
    void aClassOutsideTheExercisesPackagesIsAViolation() throws Exception {
        Fixtures.writeFixture(submission, ARITH, "solution");
        Fixtures.writeSource(submission, ARITH, "org/elsewhere/Helper.java", "package org.elsewhere;\nclass Helper {}\n");

        assertThat(grade().violations()).singleElement().satisfies(violation -> {
            assertThat(violation.rule()).isEqualTo("namespace");
            assertThat(violation.used()).isEqualTo("org.elsewhere.Helper");
            assertThat(violation.reason()).contains("org.dlcourse.fixture.arith");
        });
    }

    @Test
    void aClassShadowingACourseTestClassIsAViolation() throws Exception {
        Fixtures.writeFixture(submission, ARITH, "solution");
        Fixtures.writeSource(submission, ARITH, "org/dlcourse/fixture/arith/ArithHiddenTests.java",
                "package org.dlcourse.fixture.arith;\nclass ArithHiddenTests {}\n");

        assertThat(grade().violations()).singleElement().satisfies(violation -> {
            assertThat(violation.used()).isEqualTo("org.dlcourse.fixture.arith.ArithHiddenTests");
            assertThat(violation.reason()).contains("course test class");
        });
    }

    @Test
    void aClassInAProtectedNamespaceIsAViolation() throws Exception {
        Fixtures.writeFixture(submission, ARITH, "solution");
        Fixtures.writeSource(submission, ARITH, "org/junit/jupiter/api/Assertions.java",
                "package org.junit.jupiter.api;\npublic class Assertions {}\n");

        assertThat(grade().violations()).extracting(PolicyViolation::used)
                .contains("org.junit.jupiter.api.Assertions");
    }

    // Arith whose add runs `statement` on line 9 and then returns a + b.
    private void writeArith(String statement) throws IOException {
        Fixtures.writeSource(submission, ARITH, "org/dlcourse/fixture/arith/Arith.java", """
                package org.dlcourse.fixture.arith;

                public final class Arith {

                    private Arith() {
                    }

                    public static int add(int a, int b) throws Exception {
                        %s
                        return a + b;
                    }

                    public static int multiply(int a, int b) {
                        return a * b;
                    }

                    public static int negate(int a) {
                        return -a;
                    }
                }
                """.formatted(statement));
    }

    private static Arguments attack(String statement, String... rules) {
        return Arguments.of(statement, List.of(rules));
    }

    private ExerciseResult grade() throws Exception {
        return grader.grade(GradeRequest.of(submission)).exercises().get(0);
    }
}
