package org.dlcourse.kit.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The four files of Fashion-MNIST, named as the dataset's README names them. */
public enum FashionMnistFile {
    /** 60,000 training images, IDX [60000, 28, 28]. */
    TRAIN_IMAGES("train-images-idx3-ubyte"),
    /** 60,000 training labels, IDX [60000]. */
    TRAIN_LABELS("train-labels-idx1-ubyte"),
    /** 10,000 test images, IDX [10000, 28, 28]. */
    TEST_IMAGES("t10k-images-idx3-ubyte"),
    /** 10,000 test labels, IDX [10000]. */
    TEST_LABELS("t10k-labels-idx1-ubyte");

    private final String fileName;

    FashionMnistFile(String fileName) {
        this.fileName = fileName;
    }

    /** The name of the uncompressed file, e.g. {@code train-images-idx3-ubyte}. */
    public String fileName() {
        return fileName;
    }

    /** The name of the published gzip file, e.g. {@code train-images-idx3-ubyte.gz}. */
    public String gzipName() {
        return fileName + ".gz";
    }

    /** This file in {@code directory}: the gzip file if there is one, else the uncompressed file, else empty. */
    public Optional<Path> in(Path directory) {
        return Stream.of(directory.resolve(gzipName()), directory.resolve(fileName))
                .filter(Files::isRegularFile)
                .findFirst();
    }

    /** The files that {@code directory} lacks, in declaration order; empty when all four are there. */
    public static List<FashionMnistFile> missingIn(Path directory) {
        return Arrays.stream(values()).filter(file -> file.in(directory).isEmpty()).toList();
    }
}
