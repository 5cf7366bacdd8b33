package org.dlcourse.kit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class FashionMnistReadTests {

    private final SyntheticFashionMnist data = new SyntheticFashionMnist(7);

    @TempDir
    Path directory;

    @ParameterizedTest(name = "gzip = {0}")
    @ValueSource(booleans = {false, true})
    void readsTheStandardSplitWithPixelsDividedBy255(boolean gzip) throws IOException {
        Split split = FashionMnist.read(data.writeTo(directory, gzip), DataType.DOUBLE);

        assertThat(split.train().size()).isEqualTo(SyntheticFashionMnist.TRAIN);
        assertThat(split.test().size()).isEqualTo(SyntheticFashionMnist.TEST);
        assertThat(split.train().features()).isEqualTo(784);
        assertThat(split.train().classNames()).isEqualTo(FashionMnist.CLASS_NAMES);
        assertThat(split.test().labels()).startsWith(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0);
        assertPixels(split.train().images(), data.values(FashionMnistFile.TRAIN_IMAGES));
        assertPixels(split.test().images(), data.values(FashionMnistFile.TEST_IMAGES));
        // The synthetic images start with the grey levels 0, 1, …, 255 in row-major order.
        assertThat(split.train().images().getDouble(0, 0)).isZero();
        assertThat(split.train().images().getDouble(0, 255)).isEqualTo(1.0);
        assertThat(split.train().images().getDouble(0, 28)).isEqualTo(28 / 255.0);
    }

    @Test
    void floatImagesAreTheDoubleImagesRoundedToFloat() throws IOException {
        data.writeTo(directory, true);

        INDArray doubles = FashionMnist.read(directory, DataType.DOUBLE).train().images();
        INDArray floats = FashionMnist.read(directory, DataType.FLOAT).train().images();

        assertThat(floats.dataType()).isEqualTo(DataType.FLOAT);
        assertThat(floats).isEqualTo(doubles.castTo(DataType.FLOAT));
    }

    @Test
    void rejectsOtherDataTypes() {
        assertThatThrownBy(() -> FashionMnist.read(directory, DataType.INT32))
                .hasMessageStartingWith("images are FLOAT or DOUBLE, not ");
    }

    @Test
    void namesAMissingFile() throws IOException {
        data.writeTo(directory, true);
        Files.delete(directory.resolve("t10k-labels-idx1-ubyte.gz"));

        assertThatThrownBy(() -> FashionMnist.read(directory, DataType.DOUBLE))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("t10k-labels-idx1-ubyte.gz: missing");
    }

    @Test
    void namesBothFilesWhenLabelsAndImagesDisagreeInCount() throws IOException {
        data.writeTo(directory, false);
        IdxFiles.write(directory.resolve("train-labels-idx1-ubyte"), IdxFiles.encode(new int[] {29}, new byte[29]));

        assertThatThrownBy(() -> FashionMnist.read(directory, DataType.DOUBLE))
                .hasCauseInstanceOf(IdxFormatException.class)
                .hasMessage(directory.resolve("train-labels-idx1-ubyte") + ": 29 labels, but "
                        + directory.resolve("train-images-idx3-ubyte") + " holds 30 images");
    }

    @Test
    void rejectsImagesThatAreNot28By28() throws IOException {
        data.writeTo(directory, false);
        IdxFiles.write(directory.resolve("t10k-images-idx3-ubyte"),
                IdxFiles.encode(new int[] {20, 28, 27}, new byte[20 * 28 * 27]));

        assertThatThrownBy(() -> FashionMnist.read(directory, DataType.DOUBLE))
                .hasMessage(directory.resolve("t10k-images-idx3-ubyte")
                        + ": images must have dims [n, 28, 28], not [20, 28, 27]");
    }

    @Test
    void rejectsLabelsOutsideTheTenClasses() throws IOException {
        data.writeTo(directory, false);
        byte[] labels = new byte[20];
        labels[13] = 10;
        IdxFiles.write(directory.resolve("t10k-labels-idx1-ubyte"), IdxFiles.encode(new int[] {20}, labels));

        assertThatThrownBy(() -> FashionMnist.read(directory, DataType.DOUBLE))
                .hasMessage(directory.resolve("t10k-labels-idx1-ubyte")
                        + ": label 10 of item 13 is not a class id 0–9");
    }

    private static void assertPixels(INDArray images, byte[] greyLevels) {
        double[] pixels = images.data().asDouble();
        assertThat(pixels).hasSize(greyLevels.length);
        for (int i = 0; i < pixels.length; i++) {
            assertThat(pixels[i]).isEqualTo((greyLevels[i] & 0xff) / 255.0);
        }
    }
}
