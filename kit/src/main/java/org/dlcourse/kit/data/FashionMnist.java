package org.dlcourse.kit.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Fashion-MNIST: 70,000 grey 28×28 images of ten kinds of Zalando articles, split into 60,000 for training and
 * 10,000 for testing (H. Xiao, K. Rasul, R. Vollgraf, "Fashion-MNIST: a Novel Image Dataset for Benchmarking
 * Machine Learning Algorithms", arXiv:1708.07747, 2017).
 *
 * <p>Images become rows of 784 pixels scaled to [0, 1] (x = b / 255 for the grey level b), labels class ids
 * 0–9 named by {@link #CLASS_NAMES}. Where the files come from is {@link FashionMnistLocator}'s job.
 *
 * <p>Memory: the 70,000 × 784 pixels take 439 MB as DOUBLE (376 MB train, 63 MB test) and 220 MB as FLOAT, off the
 * Java heap. {@link #load()} gives DOUBLE, the course's type for anything compared against a reference;
 * {@link #load(DataType) load(FLOAT)} halves memory and speeds up training where a test says float suffices. Mind
 * that ND4J accumulates FLOAT reductions in float: the mean of the 47 M training pixels comes out 0.28886 as FLOAT
 * and 0.28604 as DOUBLE (measured), so statistics over the whole set belong in DOUBLE.
 *
 * <p>Time: reading all four files took between 0.5 and 2.5 s as DOUBLE and between 0.5 and 0.9 s as FLOAT, cold
 * or warm JVM (measured on the course's 2-core machine while other builds kept it at a load average of 5).
 */
public final class FashionMnist {

    /** The class names, indexed by label, as the dataset's README lists them. */
    public static final List<String> CLASS_NAMES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    /** The height and width of an image in pixels. */
    public static final int SIDE = 28;

    /** The pixels of an image, the columns of {@link Dataset#images()}: 28 · 28. */
    public static final int PIXELS = SIDE * SIDE;

    private FashionMnist() {
    }

    /**
     * The standard split as DOUBLE, from the first place {@link FashionMnistLocator#fromEnvironment()} finds.
     *
     * @throws FashionMnistUnavailableException if no place holds the data and downloading fails
     * @throws UncheckedIOException             if a file found is unreadable or not valid Fashion-MNIST
     */
    public static Split load() {
        return load(DataType.DOUBLE);
    }

    /** The standard split with images of {@code dataType} (FLOAT or DOUBLE); see {@link #load()}. */
    public static Split load(DataType dataType) {
        return read(FashionMnistLocator.fromEnvironment().locate(), dataType);
    }

    /**
     * The standard split from the four files in {@code directory} (gzip or plain, see
     * {@link FashionMnistFile#in(Path)}), with images of {@code dataType} (FLOAT or DOUBLE).
     *
     * @throws UncheckedIOException with an {@link IdxFormatException} naming the file when a file is missing,
     *                              corrupt, has images other than 28×28, labels outside 0–9 or a different count of
     *                              labels than of images
     */
    public static Split read(Path directory, DataType dataType) {
        if (dataType != DataType.FLOAT && dataType != DataType.DOUBLE) {
            throw new IllegalArgumentException("images are FLOAT or DOUBLE, not " + dataType);
        }
        try {
            return new Split(
                    read(directory, FashionMnistFile.TRAIN_IMAGES, FashionMnistFile.TRAIN_LABELS, dataType),
                    read(directory, FashionMnistFile.TEST_IMAGES, FashionMnistFile.TEST_LABELS, dataType));
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    private static Dataset read(Path directory, FashionMnistFile imageFile, FashionMnistFile labelFile,
            DataType dataType) throws IOException {
        IdxArray images = IdxReader.read(find(directory, imageFile));
        IdxArray labels = IdxReader.read(find(directory, labelFile));
        if (images.dims().length != 3 || images.dims()[1] != SIDE || images.dims()[2] != SIDE) {
            throw new IdxFormatException(images.source(), "images must have dims [n, 28, 28], not "
                    + Arrays.toString(images.dims()));
        }
        if (labels.dims().length != 1) {
            throw new IdxFormatException(labels.source(),
                    "labels must have dims [n], not " + Arrays.toString(labels.dims()));
        }
        if (labels.count() != images.count()) {
            throw new IdxFormatException(labels.source(), labels.count() + " labels, but " + images.source() + " holds "
                    + images.count() + " images");
        }
        int[] classIds = new int[labels.count()];
        for (int i = 0; i < classIds.length; i++) {
            classIds[i] = labels.unsigned(i);
            if (classIds[i] >= CLASS_NAMES.size()) {
                throw new IdxFormatException(labels.source(), "label " + classIds[i] + " of item " + i
                        + " is not a class id 0–9");
            }
        }
        return new Dataset(Pixels.scaled(images, dataType), classIds, CLASS_NAMES);
    }

    private static Path find(Path directory, FashionMnistFile file) throws IdxFormatException {
        return file.in(directory).orElseThrow(() -> new IdxFormatException(directory.resolve(file.gzipName()),
                "missing (neither " + file.gzipName() + " nor " + file.fileName() + " is in " + directory + ")"));
    }
}
