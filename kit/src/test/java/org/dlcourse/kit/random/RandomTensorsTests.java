package org.dlcourse.kit.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.dlcourse.kit.assertions.Tensors;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class RandomTensorsTests {

    @Test
    void gaussianValuesArePinned() {
        // An independent Python implementation of SplitMix64 and Box–Muller; Python's libm may differ from
        // fdlibm in the last bits, hence the 1e-15 tolerance.
        double[] expected = {0.8822489062222688, 1.388473285287707, -0.4508498757188601, 0.6707164409024291,
            0.1883526341159315};
        double[] actual = Tensors.toDoubleArray(RandomTensors.gaussian(new SplittableRandom(42), 5));
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).isCloseTo(expected[i], within(1e-15));
        }
    }

    @Test
    void uniformValuesAndLabelsArePinnedExactly() {
        assertThat(Tensors.toDoubleArray(RandomTensors.uniform(new SplittableRandom(42), -2, 3, 2, 2)))
                .containsExactly(1.7078243938591164, -1.2004480356153995, -0.6069943487243066, -0.27904641738181235);
        assertThat(RandomTensors.randomLabels(new SplittableRandom(42), 8, 10)).containsExactly(1, 6, 1, 2, 1, 1, 6, 9);
        // A power-of-two class count takes the masking path of nextInt(bound).
        assertThat(RandomTensors.randomLabels(new SplittableRandom(7), 8, 4)).containsExactly(0, 2, 3, 3, 3, 3, 2, 3);
    }

    @Test
    void tensorsAreDoubleRowMajorOfTheRequestedShape() {
        SplittableRandom random = Seeds.random("RandomTensorsTests.shape");
        for (INDArray tensor : new INDArray[] {RandomTensors.gaussian(random, 2, 3, 4),
            RandomTensors.uniform(random, 0, 1, 2, 3, 4)}) {
            assertThat(tensor.shape()).containsExactly(2, 3, 4);
            assertThat(tensor.dataType()).isEqualTo(DataType.DOUBLE);
            assertThat(tensor.ordering()).isEqualTo('c');
        }
        assertThat(RandomTensors.gaussian(random, 0, 3).isEmpty()).isTrue();
    }

    @Test
    void elementsAreDrawnInRowMajorOrderWhateverTheShape() {
        double[] flat = Tensors.toDoubleArray(RandomTensors.gaussian(new SplittableRandom(3), 24));
        double[] shaped = Tensors.toDoubleArray(RandomTensors.gaussian(new SplittableRandom(3), 2, 3, 4));
        assertThat(shaped).containsExactly(flat);
        // An odd count uses the cosine of the last Box–Muller pair and discards its sine.
        assertThat(Tensors.toDoubleArray(RandomTensors.gaussian(new SplittableRandom(3), 5)))
                .containsExactly(Arrays.copyOf(flat, 5));
    }

    @Test
    void independentOfNd4jsGeneratorState() {
        Nd4j.getRandom().setSeed(1);
        double[] first = Tensors.toDoubleArray(RandomTensors.gaussian(Seeds.random("nd4j state"), 10));
        Nd4j.getRandom().setSeed(2);
        Nd4j.rand(DataType.DOUBLE, 100);
        assertThat(Tensors.toDoubleArray(RandomTensors.gaussian(Seeds.random("nd4j state"), 10))).containsExactly(first);
    }

    @Test
    void gaussianHasMeanZeroAndVarianceOne() {
        int n = 200_000;
        double[] x = Tensors.toDoubleArray(RandomTensors.gaussian(Seeds.random("RandomTensorsTests.moments"), n));
        double mean = Arrays.stream(x).average().orElseThrow();
        double variance = Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (n - 1);
        double fourth = Arrays.stream(x).map(v -> Math.pow(v - mean, 4)).sum() / n;
        // Standard errors: 1/√n ≈ 0.0022 for the mean, √(2/n) ≈ 0.0032 for the variance; bounds are 5σ.
        assertThat(mean).isCloseTo(0.0, within(0.011));
        assertThat(variance).isCloseTo(1.0, within(0.016));
        // The fourth moment of N(0, 1) is 3 (standard error √(96/n) ≈ 0.022), which a non-normal law would miss.
        assertThat(fourth).isCloseTo(3.0, within(0.11));
    }

    @Test
    void uniformStaysInItsIntervalWithTheRightMean() {
        int n = 100_000;
        double[] x = Tensors.toDoubleArray(RandomTensors.uniform(Seeds.random("RandomTensorsTests.uniform"), -1.5, 4.0, n));
        assertThat(Arrays.stream(x).min().orElseThrow()).isGreaterThanOrEqualTo(-1.5);
        assertThat(Arrays.stream(x).max().orElseThrow()).isLessThan(4.0);
        // Mean 1.25, standard error 5.5/√(12n) ≈ 0.005; 5σ.
        assertThat(Arrays.stream(x).average().orElseThrow()).isCloseTo(1.25, within(0.025));
    }

    @Test
    void uniformRejectsEmptyOrInfiniteIntervals() {
        SplittableRandom random = new SplittableRandom(1);
        assertThatThrownBy(() -> RandomTensors.uniform(random, 1, 1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RandomTensors.uniform(random, 2, 1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RandomTensors.uniform(random, 0, Double.POSITIVE_INFINITY, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RandomTensors.uniform(random, -Double.MAX_VALUE, Double.MAX_VALUE, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RandomTensors.gaussian(random, 2, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[2, -1]");
    }

    @Test
    void labelsCoverEveryClassUniformly() {
        int classes = 7;
        int n = 70_000;
        int[] counts = new int[classes];
        for (int label : RandomTensors.randomLabels(Seeds.random("RandomTensorsTests.labels"), n, classes)) {
            counts[label]++;
        }
        // Each count is Binomial(n, 1/7): 10000 ± 5σ with σ ≈ 93.
        assertThat(Arrays.stream(counts).boxed()).allSatisfy(count -> assertThat(count).isBetween(9535, 10465));
        assertThatThrownBy(() -> RandomTensors.randomLabels(new SplittableRandom(1), 3, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneHotHasASingleOneAtEachLabel() {
        int classes = 5;
        int[] labels = RandomTensors.randomLabels(Seeds.random("RandomTensorsTests.oneHot"), 50, classes);
        INDArray encoded = RandomTensors.oneHot(labels, classes);
        assertThat(encoded.shape()).containsExactly(50, classes);
        assertThat(encoded.dataType()).isEqualTo(DataType.DOUBLE);
        double[][] rows = Tensors.toDoubleMatrix(encoded);
        for (int i = 0; i < labels.length; i++) {
            assertThat(rows[i][labels[i]]).isEqualTo(1.0);
            assertThat(Arrays.stream(rows[i]).sum()).isEqualTo(1.0);
            assertThat(Arrays.stream(rows[i]).allMatch(v -> v == 0.0 || v == 1.0)).isTrue();
        }
        assertThatThrownBy(() -> RandomTensors.oneHot(new int[] {0, 5}, classes))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("label 1 is 5");
        assertThatThrownBy(() -> RandomTensors.oneHot(new int[] {-1}, classes))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
