package org.dlcourse.kit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A reported counterexample reproduces the failure by itself: the report shows the inputs the method under test
 * really received, a snippet that rebuilds them exactly, and a replay value that runs the property on exactly that
 * counterexample with no seed, failing the same way.
 */
class ReproductionTests {

    @TempDir
    Path scratch;

    @BeforeEach
    @AfterEach
    void clear() {
        System.clearProperty(PropertyReplay.REPLAY_PROPERTY);
    }

    @Test
    void aTransformInsideTheBodyIsShownThroughTheRecordedInputs() {
        PropertyFailure failure = FixtureRunner.onlyPropertyFailure(
                FixtureRunner.run(BuggySoftmaxProperties.class, "invariantToShiftingEveryLogitDown"));

        assertThat(failure.shrunkSample()).isEqualTo("logits = DOUBLE [1, 2] [[0, 0]]");
        assertThat(failure.inputs()).isEqualTo("shiftedLogits = DOUBLE [1, 2] [[-1000, -1000]]\n"
                + "logits = DOUBLE [1, 2] [[0, 0]]");
        assertThat(failure.snippet()).isEqualTo(
                "INDArray shiftedLogits = Nd4j.createFromArray(new double[][] {{-1000, -1000}});\n"
                + "INDArray logits = Nd4j.createFromArray(new double[][] {{0, 0}});");
        assertThat(failure.getMessage()).contains("Inputs of the method under test:\n  shiftedLogits = ");
    }

    /** Every failing property of the fixture, replayed alone from its reported value, fails the same way. */
    @ParameterizedTest
    @ValueSource(strings = {"invariantToShiftingEveryLogitDown", "finiteForLargeLogits", "rowsSumToOne",
        "acceptsEveryBatchSize", "staysFiniteWithATemperature"})
    void everyReportedCounterexampleReplayedAloneFailsTheSameWay(String property) {
        PropertyFailure reported = FixtureRunner.onlyPropertyFailure(
                FixtureRunner.run(BuggySoftmaxProperties.class, property));
        assertThat(reported.replay()).as("replay value of %s", property).isNotEmpty();

        System.setProperty(PropertyReplay.REPLAY_PROPERTY, reported.replay());
        PropertyFailure replayed = FixtureRunner.onlyPropertyFailure(
                FixtureRunner.run(BuggySoftmaxProperties.class, property));

        assertTrue(replayed.isReplay());
        assertEquals(reported.getCause().getClass(), replayed.getCause().getClass());
        assertEquals(reported.getCause().getMessage(), replayed.getCause().getMessage());
        assertEquals(reported.shrunkSample(), replayed.shrunkSample());
        assertEquals(reported.snippet(), replayed.snippet());
        assertThat(replayed.getMessage()).startsWith("Property ReproductionTests$BuggySoftmaxProperties#" + property
                + " failed on the replayed counterexample").doesNotContain("dlcourse.seed");
    }

    @Test
    void aReplayNamingAnotherPropertyLeavesThisOneToItsSamples() {
        System.setProperty(PropertyReplay.REPLAY_PROPERTY, "Elsewhere#property:1");

        PropertyFailure failure = FixtureRunner.onlyPropertyFailure(
                FixtureRunner.run(BuggySoftmaxProperties.class, "rowsSumToOne"));

        assertThat(failure.isReplay()).isFalse();
    }

    @Test
    void aCounterexampleThatNoLongerFailsPassesWhenReplayed() {
        System.setProperty(PropertyReplay.REPLAY_PROPERTY,
                "ReproductionTests$BuggySoftmaxProperties#rowsSumToOne:(DOUBLE,[1,2],[0.5,-3])");

        FixtureRunner.run(BuggySoftmaxProperties.class, "rowsSumToOne").testEvents()
                .assertStatistics(stats -> stats.succeeded(1));
    }

    @Test
    void aMalformedReplayIsADefinitionError() {
        System.setProperty(PropertyReplay.REPLAY_PROPERTY,
                "ReproductionTests$BuggySoftmaxProperties#rowsSumToOne:(DOUBLE,[1,2],[0.5])");

        assertThat(FixtureRunner.onlyFailure(FixtureRunner.run(BuggySoftmaxProperties.class, "rowsSumToOne")))
                .isInstanceOf(PropertyDefinitionException.class).hasMessageContaining("dlcourse.replay");
    }

    @Test
    void anInputThatIsNotAnIdentifierIsADefinitionError() {
        assertThat(FixtureRunner.onlyFailure(FixtureRunner.run(BadlyNamedInput.class)))
                .isInstanceOf(PropertyDefinitionException.class).hasMessageContaining("'shifted logits'");
    }

    @Test
    void outsideAPropertyRecordingOnlyReturnsTheValue() {
        INDArray logits = Nd4j.zeros(1, 2);

        assertThat(Counterexample.input("logits", logits)).isSameAs(logits);
    }

    /**
     * The snippet, pasted into a class of its own next to a call of the buggy method, compiles and fails the same
     * way: softmax of the recorded shifted logits is NaN, as the property reported.
     */
    @Test
    void thePastedSnippetCompilesAndReproducesTheFailure() throws Exception {
        PropertyFailure failure = FixtureRunner.onlyPropertyFailure(
                FixtureRunner.run(BuggySoftmaxProperties.class, "finiteForLargeLogits"));
        assertThat(failure.getCause()).hasMessageContaining("not finite");

        INDArray probabilities = (INDArray) compileAndRun("""
                import org.nd4j.linalg.api.ndarray.INDArray;
                import org.nd4j.linalg.factory.Nd4j;

                public class Pasted {
                    public static Object run() {
                %s
                        return org.dlcourse.kit.property.NoMaxShiftSoftmax.softmax(logits);
                    }
                }
                """.formatted(failure.snippet().indent(8)));

        assertThat(BuggySoftmaxProperties.isFinite(probabilities)).isFalse();
    }

    /** A generator the property seeds for the method is declared by its seed, and the pasted snippet fails alike. */
    @Test
    void aSeededGeneratorPassedToTheMethodIsDeclaredByItsSeedAndReproducesTheFailure() throws Exception {
        PropertyFailure failure = FixtureRunner.onlyPropertyFailure(
                FixtureRunner.run(SeededGeneratorProperties.class, "drawsBelowOne"));
        assertThat(failure.snippet()).matches("SplittableRandom random = new SplittableRandom\\(\\d+L\\);");

        double draw = (Double) compileAndRun("""
                import java.util.SplittableRandom;

                public class Pasted {
                    public static Object run() {
                %s
                        return org.dlcourse.kit.property.DoubledDraw.uniform(random);
                    }
                }
                """.formatted(failure.snippet().indent(8)));

        assertThat(draw).isGreaterThanOrEqualTo(1.0);
    }

    private Object compileAndRun(String source) throws IOException, ReflectiveOperationException {
        Path file = Files.writeString(scratch.resolve("Pasted.java"), source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-d", scratch.toString(), "-cp", classpath(), file.toString());
        assertEquals(0, status, "the pasted snippet compiles:\n" + source);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {scratch.toUri().toURL()},
                ReproductionTests.class.getClassLoader())) {
            Method run = loader.loadClass("Pasted").getMethod("run");
            return run.invoke(null);
        }
    }

    /** The test's classpath as javac needs it: where ND4J and this test's classes come from. */
    private static String classpath() {
        return String.join(java.io.File.pathSeparator, List.of(INDArray.class, Nd4j.class, NoMaxShiftSoftmax.class)
                .stream().map(type -> type.getProtectionDomain().getCodeSource().getLocation().getPath())
                .distinct().toList());
    }

    /** Laws of softmax, checked on {@link NoMaxShiftSoftmax}, each failing in its own way. */
    @TestKitOnly
    static class BuggySoftmaxProperties {

        static boolean isFinite(INDArray values) {
            for (double x : values.dup().reshape(values.length()).toDoubleVector()) {
                if (!Double.isFinite(x)) {
                    return false;
                }
            }
            return true;
        }

        Gen<INDArray> logits() {
            return Gens.matrices().rows(1, 6).cols(2, 6).values(Gens.doubles(-50, 50));
        }

        Gen<INDArray> largeLogits() {
            return Gens.matrices().rows(1, 6).cols(2, 6).values(Gens.doubles(-1000, 1000));
        }

        /** The transform a report must show: every logit shifted down by 1000 before softmax sees it. */
        @Property(tries = 50)
        void invariantToShiftingEveryLogitDown(@ForAll("logits") INDArray logits) {
            INDArray ofShifted = NoMaxShiftSoftmax.softmax(Counterexample.input("shiftedLogits", logits.sub(1000)));
            INDArray ofLogits = NoMaxShiftSoftmax.softmax(Counterexample.input("logits", logits));

            assertThat(isFinite(ofShifted)).as("softmax of the shifted logits is finite").isTrue();
            assertThat(ofShifted.equalsWithEps(ofLogits, 1e-10)).as("shift invariance").isTrue();
        }

        @Property(tries = 50)
        void finiteForLargeLogits(@ForAll("largeLogits") INDArray logits) {
            assertThat(isFinite(NoMaxShiftSoftmax.softmax(logits))).as("softmax is not finite").isTrue();
        }

        /** Fails only on rows whose sum is off by more than rounding: a different assertion than finiteness. */
        @Property(tries = 50)
        void rowsSumToOne(@ForAll("logits") INDArray logits) {
            INDArray p = NoMaxShiftSoftmax.softmax(logits);
            assertThat(p.sum(1).sub(1).amaxNumber().doubleValue()).as("largest row-sum error").isLessThan(0.1);
            assertThat(p.getDouble(0, 0)).as("first probability below 0.99").isLessThan(0.99);
        }

        /** An exception, not an assertion: a batch of more than three rows is refused. */
        @Property(tries = 50)
        void acceptsEveryBatchSize(@ForAll("logits") INDArray logits) {
            if (logits.rows() > 3) {
                throw new IllegalArgumentException("a batch of " + logits.rows() + " rows");
            }
        }

        /** Two generated parameters and a derived input: logits divided by a temperature. */
        @Property(tries = 100)
        void staysFiniteWithATemperature(@ForAll("logits") INDArray logits,
                @ForAll @DoubleRange(min = 0.01, max = 10) double temperature) {
            INDArray scaled = Counterexample.input("scaledLogits", logits.div(temperature));
            assertThat(isFinite(NoMaxShiftSoftmax.softmax(scaled))).as("softmax at temperature %s", temperature)
                    .isTrue();
        }
    }

    @TestKitOnly
    static class SeededGeneratorProperties {

        @Property(tries = 50)
        void drawsBelowOne(@ForAll @LongRange(min = 0, max = 1000) long seed) {
            assertThat(DoubledDraw.uniform(Counterexample.random("random", seed))).isLessThan(1.0);
        }
    }

    @TestKitOnly
    static class BadlyNamedInput {

        @Property
        void recordsAnInvalidName(@ForAll INDArray logits) {
            Counterexample.input("shifted logits", logits);
        }
    }
}
