package org.dlcourse.kit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The real data set, where Debian's package {@code dataset-fashion-mnist} is installed ({@code .ci/run} installs it):
 * checksums, sizes, value range and class balance. Skipped elsewhere.
 *
 * <p>The whole class took 2 to 4 s in four runs, most of it reading the data set twice, as DOUBLE and as FLOAT
 * (see {@link FashionMnist} for the reading times), measured on the course's 2-core machine while other builds ran.
 */
@EnabledIf("debianCopyInstalled")
class FashionMnistRealDataTests {

    private static final Path DEBIAN = FashionMnistLocator.DEBIAN_DIRECTORY;

    /**
     * Mean and standard deviation of the 47 M training pixels scaled to [0, 1], the normalization constants the
     * community uses for Fashion-MNIST (e.g. {@code transforms.Normalize((0.2860,), (0.3530,))}); measured here:
     * 0.286041 and 0.353024.
     */
    private static final double PIXEL_MEAN = 0.2860;
    private static final double PIXEL_STD = 0.3530;
    private static final double FOUR_DIGITS = 1e-4;

    private static Split split;

    static boolean debianCopyInstalled() {
        return FashionMnistFile.missingIn(DEBIAN).isEmpty();
    }

    @BeforeAll
    static void load() {
        split = FashionMnist.read(DEBIAN, DataType.DOUBLE);
    }

    @Test
    void debiansFilesHaveTheOfficialContent() throws IOException {
        ContentChecksums official = ContentChecksums.official();
        for (FashionMnistFile file : FashionMnistFile.values()) {
            official.verify(file, file.in(DEBIAN).orElseThrow());
        }
    }

    @Test
    void theStandardSplitHas60000TrainingAnd10000TestImagesOf784Pixels() {
        assertThat(split.train().images().shape()).containsExactly(60_000, 784);
        assertThat(split.test().images().shape()).containsExactly(10_000, 784);
        assertThat(split.train().images().dataType()).isEqualTo(DataType.DOUBLE);
    }

    @Test
    void pixelsSpanZeroToOne() {
        for (Dataset data : new Dataset[] {split.train(), split.test()}) {
            assertThat(data.images().minNumber().doubleValue()).isZero();
            assertThat(data.images().maxNumber().doubleValue()).isEqualTo(1.0);
        }
    }

    @Test
    void pixelStatisticsMatchTheKnownNormalizationConstants() {
        INDArray train = split.train().images();

        assertThat(train.meanNumber().doubleValue()).isCloseTo(PIXEL_MEAN, within(FOUR_DIGITS));
        assertThat(train.stdNumber().doubleValue()).isCloseTo(PIXEL_STD, within(FOUR_DIGITS));
    }

    @Test
    void everyClassHas6000TrainingAnd1000TestImages() {
        int[] sixThousand = new int[10];
        Arrays.fill(sixThousand, 6000);
        int[] oneThousand = new int[10];
        Arrays.fill(oneThousand, 1000);

        assertThat(split.train().classCounts()).containsExactly(sixThousand);
        assertThat(split.test().classCounts()).containsExactly(oneThousand);
    }

    @Test
    void floatImagesAreTheDoubleImagesRoundedToFloat() {
        INDArray floats = FashionMnist.read(DEBIAN, DataType.FLOAT).test().images();

        assertThat(floats).isEqualTo(split.test().images().castTo(DataType.FLOAT));
    }
}
