package org.dlcourse.kit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** Snippets declare the inputs exactly, stay short, and say why when there is none. */
class JavaSnippetTests {

    record Labelled(double[][] logits, int[] labels) {
    }

    enum Activation { RELU, ERF }

    @Test
    void enumConstantsAreNamedThroughTheirClass() {
        assertEquals("JavaSnippetTests.Activation activation = JavaSnippetTests.Activation.ERF;",
                JavaSnippet.of(List.of(input("activation", Activation.ERF))).code());
    }

    @Test
    void aSeededGeneratorIsDeclaredByItsSeedAndAFunctionByItsInterface() {
        java.util.function.UnaryOperator<Double> twice = x -> 2 * x;

        assertEquals("SplittableRandom random = new SplittableRandom(-7L);\ndouble p = 0.5;",
                JavaSnippet.of(List.of(input("random", new Counterexample.SeededRandom(-7)), input("p", 0.5))).code());
        assertEquals("a value of type UnaryOperator has no Java literal",
                JavaSnippet.of(List.of(input("f", twice))).unavailableBecause());
        assertEquals("a UnaryOperator (no printed value)", ValueFormat.show(twice));
    }

    /** Like 08's BandLimitedFunction: its accessor returns a copy, whose identity differs from the one printed. */
    record Copied(int degree, double[] coefficients) {

        @Override
        public double[] coefficients() {
            return coefficients.clone();
        }
    }

    record Described(double[] values) {

        @Override
        public String toString() {
            return "values " + values.length;
        }
    }

    @Test
    void aRecordWithItsGeneratedToStringShowsItsArraysByValueNotByIdentity() {
        assertEquals("Labelled[logits=[[0.5, 2]], labels=[1]]",
                ValueFormat.show(new Labelled(new double[][] {{0.5, 2}}, new int[] {1})));
        assertEquals("Copied[degree=1, coefficients=[0.25, -1]]", ValueFormat.show(new Copied(1, new double[] {0.25, -1})));
        assertEquals("values 2", ValueFormat.show(new Described(new double[] {1, 2})), "its own toString is kept");
    }

    @Test
    void recordingAGeneratorReturnsOneThatDrawsLikeTheSeededOne() {
        assertEquals(new java.util.SplittableRandom(11).nextLong(), Counterexample.random("random", 11).nextLong());
    }

    private static Counterexample.RecordedInput input(String name, Object value) {
        return new Counterexample.RecordedInput(name, value);
    }

    @Test
    void numbersArraysAndTensorsAreJavaLiteralsThatReadBackExactly() {
        JavaSnippet.Result snippet = JavaSnippet.of(List.of(
                input("c", 0.1 + 0.2), input("t", 1.5f), input("n", 3L), input("bad", Double.NaN),
                input("w", new double[] {-0.0, 3e9, Double.POSITIVE_INFINITY}),
                input("z", Nd4j.create(new double[] {1, 2.5, -3, 4}, new long[] {2, 2}, DataType.DOUBLE)),
                input("f", Nd4j.create(new float[] {0.1f, 2}, new long[] {2}, DataType.FLOAT)),
                input("cube", Nd4j.create(new double[] {1, 2, 3, 4, 5, 6, 7, 8}, new long[] {2, 2, 2}, DataType.DOUBLE)),
                input("s", Nd4j.scalar(0.25))));

        assertEquals("""
                double c = 0.30000000000000004;
                float t = 1.5f;
                long n = 3L;
                double bad = Double.NaN;
                double[] w = {-0.0, 3000000000.0, Double.POSITIVE_INFINITY};
                INDArray z = Nd4j.createFromArray(new double[][] {
                        {1, 2.5},
                        {-3, 4}});
                INDArray f = Nd4j.createFromArray(new float[] {0.1f, 2f});
                INDArray cube = Nd4j.createFromArray(new double[] {1, 2, 3, 4, 5, 6, 7, 8}).reshape(2, 2, 2);
                INDArray s = Nd4j.scalar(0.25);""", snippet.code());
    }

    @Test
    void aRecordIsDeclaredComponentByComponentWithDistinctNames() {
        JavaSnippet.Result snippet = JavaSnippet.of(List.of(input("batch", new Labelled(new double[][] {{0, 1}},
                new int[] {1})), input("labels", new int[] {0}), input("other", new Labelled(new double[][] {{2, 3}},
                new int[] {0}))));

        assertEquals("double[][] logits = {{0, 1}};\nint[] labels = {1};\nint[] labels2 = {0};\n"
                + "double[][] otherLogits = {{2, 3}};\nint[] otherLabels = {0};", snippet.code());
    }

    @Test
    void largeOrUnwritableInputsGetAReasonInstead() {
        JavaSnippet.Result large = JavaSnippet.of(List.of(input("x", Nd4j.zeros(DataType.DOUBLE, 10, 10))));
        JavaSnippet.Result unwritable = JavaSnippet.of(List.of(input("random", new java.util.SplittableRandom(1))));

        assertThat(large.isAvailable()).isFalse();
        assertEquals("x has 100 elements", large.unavailableBecause());
        assertEquals("a value of type SplittableRandom has no Java literal", unwritable.unavailableBecause());
    }
}
