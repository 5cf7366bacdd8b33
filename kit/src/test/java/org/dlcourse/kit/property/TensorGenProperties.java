package org.dlcourse.kit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Laws of the tensor generators: shapes, values and dtype stay within the settings, edge cases and shrinking included. */
class TensorGenProperties {

    Gen<Long> seeds() {
        return Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Property(tries = 60)
    void matrixSamplesEdgeCasesAndShrinkCandidatesRespectTheBounds(@ForAll @IntRange(min = 1, max = 4) int rowsMin,
            @ForAll @IntRange(min = 0, max = 5) int moreRows, @ForAll @IntRange(min = 1, max = 4) int colsMin,
            @ForAll @IntRange(min = 0, max = 5) int moreCols, @ForAll @DoubleRange(min = -2000, max = 2000) double low,
            @ForAll("seeds") long seed) {
        double high = low + 300;
        MatrixGen matrices = Gens.matrices().rows(rowsMin, rowsMin + moreRows).cols(colsMin, colsMin + moreCols)
                .values(Gens.doubles(low, high));
        INDArray sample = matrices.sample(new SplittableRandom(seed));
        Stream.of(Stream.of(sample), matrices.edgeCases().stream(), matrices.shrink(sample)).flatMap(s -> s)
                .forEach(matrix -> {
                    assertEquals(2, matrix.rank());
                    assertThat(matrix.rows()).isBetween(rowsMin, rowsMin + moreRows);
                    assertThat(matrix.columns()).isBetween(colsMin, colsMin + moreCols);
                    assertEquals(DataType.DOUBLE, matrix.dataType());
                    assertThat(Arrays.stream(TensorValues.rowMajor(matrix)).boxed()).allMatch(v -> v >= low && v <= high);
                });
    }

    @Property(tries = 60)
    void shrinkCandidatesAreSmallerOrHaveASimplerElement(@ForAll INDArray x) {
        Gen<Double> values = Gens.doubles(-1000, 1000);
        double[] elements = TensorValues.rowMajor(x);
        Gens.matrices().shrink(x).forEach(candidate -> {
            double[] candidateElements = TensorValues.rowMajor(candidate);
            if (candidate.length() == x.length()) {
                assertArrayEquals(x.shape(), candidate.shape());
                int changed = 0;
                for (int i = 0; i < elements.length; i++) {
                    if (candidateElements[i] != elements[i]) {
                        changed++;
                        assertThat(values.shrink(elements[i]).toList()).contains(candidateElements[i]);
                    }
                }
                assertThat(changed).isPositive();
            } else {
                assertThat(candidate.length()).isLessThan(x.length());
            }
        });
    }

    @Property(tries = 60)
    void arraysRespectRankAndAxisSizes(@ForAll @IntRange(min = 1, max = 4) int rank,
            @ForAll @IntRange(min = 1, max = 3) int dimMin, @ForAll("seeds") long seed) {
        ArrayGen arrays = Gens.arrays().rank(1, rank).dims(dimMin, dimMin + 2).dataType(DataType.FLOAT);
        INDArray sample = arrays.sample(new SplittableRandom(seed));
        Stream.of(Stream.of(sample), arrays.edgeCases().stream(), arrays.shrink(sample)).flatMap(s -> s)
                .forEach(array -> {
                    assertThat(array.rank()).isBetween(1, rank);
                    assertThat(Arrays.stream(array.shape()).boxed()).allMatch(d -> d >= dimMin && d <= dimMin + 2);
                    assertEquals(DataType.FLOAT, array.dataType());
                });
    }

    @Test
    void matrixEdgeCasesCoverSingleRowColumnElementZerosTiesLargeAndVeryNegative() {
        List<INDArray> edgeCases = Gens.matrices().edgeCases();

        assertThat(edgeCases).anyMatch(m -> m.rows() == 1 && m.columns() > 1)
                .anyMatch(m -> m.rows() > 1 && m.columns() == 1)
                .anyMatch(m -> m.length() == 1)
                .anyMatch(m -> m.length() > 1 && distinct(m) == 1 && m.getDouble(0) == 0)
                .anyMatch(m -> m.length() > 1 && distinct(m) == 1 && m.getDouble(0) != 0)
                .anyMatch(m -> Arrays.stream(TensorValues.rowMajor(m)).allMatch(v -> Math.abs(v) == 1000)
                        && distinct(m) == 2)
                .anyMatch(m -> Arrays.stream(TensorValues.rowMajor(m)).allMatch(v -> v < -100));
    }

    @Test
    void patternsOutsideTheValueRangeAreLeftOut() {
        List<INDArray> edgeCases = Gens.matrices().values(Gens.doubles(1, 50)).edgeCases();

        assertThat(edgeCases).noneMatch(m -> Arrays.stream(TensorValues.rowMajor(m)).anyMatch(v -> v < 1 || v > 50));
        assertThat(edgeCases).anyMatch(m -> m.length() > 1 && distinct(m) == 1);
    }

    @Test
    void shrinkingDropsRowsBeforeColumnsAndZeroesValuesLast() {
        INDArray x = TensorValues.create(new double[] {1, 2, 3, 4, 5, 6}, new long[] {2, 3}, DataType.DOUBLE);

        List<String> candidates = Gens.matrices().shrink(x).map(ValueFormat::show).toList();

        assertEquals("DOUBLE [1, 3] [[1, 2, 3]]", candidates.get(0));
        assertEquals("DOUBLE [1, 3] [[4, 5, 6]]", candidates.get(1));
        assertEquals("DOUBLE [2, 1] [[1], [4]]", candidates.get(2));
        assertTrue(candidates.indexOf("DOUBLE [2, 3] [[0, 0, 0], [0, 0, 0]]")
                > candidates.lastIndexOf("DOUBLE [2, 2] [[1, 3], [4, 6]]"));
    }

    @Test
    void aCustomShapeGeneratorIsNotSilentlyReplaced() {
        ArrayGen custom = Gens.arrays().shape(Gens.shapes(2, 2, 1, 4));

        assertThrows(IllegalStateException.class, () -> custom.rank(1, 3));
    }

    @Test
    void theSameSeedGivesTheSameTensor() {
        MatrixGen matrices = Gens.matrices();

        assertEquals(matrices.sample(new SplittableRandom(7)), matrices.sample(new SplittableRandom(7)));
    }

    private static long distinct(INDArray m) {
        return Arrays.stream(TensorValues.rowMajor(m)).distinct().count();
    }
}
