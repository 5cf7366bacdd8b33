package org.dlcourse.kit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.opentest4j.AssertionFailedError;

/** The failure report: message layout and getters, as the grader and the student read them. */
class FailureMessageTests {

    @Test
    void theMessageNamesPropertyTrySeedCounterexamplesCauseAndReproduction() {
        PropertyFailure failure = FixtureRunner.onlyPropertyFailure(FixtureRunner.run(SumOfTwo.class));

        List<String> lines = failure.getMessage().lines().toList();
        assertEquals("Property FailureMessageTests$SumOfTwo#sumIsSmall failed on try " + failure.tryNumber()
                + " of 50 (seed " + failure.seed() + "; replay with -Ddlcourse.seed=" + failure.seed() + ")",
                lines.get(0));
        assertThat(lines.get(1)).startsWith("Cause: ").contains("sum of two is small");
        int shrunk = lines.indexOf(lines.stream().filter(line -> line.startsWith("Shrunk counterexample")).findFirst()
                .orElseThrow());
        assertThat(lines.get(shrunk)).matches("Shrunk counterexample \\(\\d+ shrink steps?\\):");
        assertEquals(failure.shrunkSample().lines().map(line -> "  " + line).toList(),
                lines.subList(shrunk + 1, shrunk + 3));
        assertEquals("Reproduce: paste into a test and call your method on these inputs:", lines.get(shrunk + 3));
        assertEquals(failure.snippet().lines().map(line -> "  " + line).toList(),
                lines.subList(shrunk + 4, shrunk + 6));
        assertEquals("Replay alone: -Ddlcourse.replay='" + failure.replay() + "'", lines.get(shrunk + 6));
        assertEquals("Original sample:", lines.get(shrunk + 7));
        assertEquals(failure.originalSample().lines().map(line -> "  " + line).toList(),
                lines.subList(shrunk + 8, lines.size()));
    }

    @Test
    void theSnippetAndTheReplayValueHoldTheShrunkSampleExactly() {
        PropertyFailure failure = FixtureRunner.onlyPropertyFailure(FixtureRunner.run(SumOfTwo.class));
        List<String[]> shrunk = failure.shrunkSample().lines().map(line -> line.split(" = ")).toList();

        assertEquals("int " + shrunk.get(0)[0] + " = " + shrunk.get(0)[1] + ";\nint " + shrunk.get(1)[0] + " = "
                + shrunk.get(1)[1] + ";", failure.snippet());
        assertEquals("FailureMessageTests$SumOfTwo#sumIsSmall:" + shrunk.get(0)[1] + ";" + shrunk.get(1)[1],
                failure.replay());
        assertEquals("", failure.inputs());
    }

    @Test
    void theGettersDescribeTheFailure() {
        PropertyFailure failure = FixtureRunner.onlyPropertyFailure(FixtureRunner.run(SumOfTwo.class));

        assertEquals("FailureMessageTests$SumOfTwo#sumIsSmall", failure.propertyName());
        assertEquals(50, failure.tries());
        assertThat(failure.shrunkSample().lines()).hasSize(2).allMatch(line -> line.matches("\\w+ = -?\\d+"));
        assertThat(failure.getCause()).isInstanceOf(AssertionError.class);
        assertThat(failure).isInstanceOf(AssertionFailedError.class);
    }

    @Test
    void tensorsAreShownWithDtypeShapeAndValues() {
        PropertyFailure failure = FixtureRunner.onlyPropertyFailure(FixtureRunner.run(TensorFailure.class));

        assertThat(failure.shrunkSample()).matches("\\w+ = DOUBLE \\[1, 1\\] \\[\\[0\\]\\]");
        assertThat(failure.snippet()).matches("INDArray \\w+ = Nd4j.createFromArray\\(new double\\[\\]\\[\\] \\{\\{0\\}\\}\\);");
        assertThat(failure.originalSample()).matches("\\w+ = DOUBLE \\[\\d+, \\d+\\] \\[\\[.*\\]\\]");
    }

    @Test
    void anExceptionOtherThanAnAssertionIsNamedWithItsClass() {
        PropertyFailure failure = FixtureRunner.onlyPropertyFailure(FixtureRunner.run(Throwing.class));

        assertThat(failure.getMessage().lines().skip(1).findFirst().orElseThrow())
                .isEqualTo("Cause: java.lang.IllegalStateException: negative input -1");
    }

    @TestKitOnly
    static class SumOfTwo {

        @Property(tries = 50)
        void sumIsSmall(@ForAll("small") int a, @ForAll("large") int b) {
            assertThat(a + b).as("sum of two is small").isLessThan(100);
        }

        Gen<Integer> small() {
            return Gens.ints(0, 10);
        }

        Gen<Integer> large() {
            return Gens.ints(0, 1000);
        }
    }

    @TestKitOnly
    static class TensorFailure {

        @Property
        void neverCalledWithATensor(@ForAll INDArray x) {
            throw new AssertionError("got " + x.length() + " elements");
        }
    }

    @TestKitOnly
    static class Throwing {

        @Property
        void rejectsNegatives(@ForAll int n) {
            if (n < 0) {
                throw new IllegalStateException("negative input " + n);
            }
        }
    }
}
