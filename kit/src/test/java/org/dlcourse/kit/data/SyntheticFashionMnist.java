package org.dlcourse.kit.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Small files in Fashion-MNIST's layout for tests: 28×28 images of random grey levels (all 256 levels occur in the
 * first images, so scaling is checked at 0 and 255) and labels cycling through 0–9.
 */
final class SyntheticFashionMnist {

    static final int TRAIN = 30;
    static final int TEST = 20;

    private final Map<FashionMnistFile, byte[]> contents = new EnumMap<>(FashionMnistFile.class);

    /** Files of {@link #TRAIN} training and {@link #TEST} test samples drawn with {@code seed}. */
    SyntheticFashionMnist(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        contents.put(FashionMnistFile.TRAIN_IMAGES, images(TRAIN, random));
        contents.put(FashionMnistFile.TRAIN_LABELS, labels(TRAIN));
        contents.put(FashionMnistFile.TEST_IMAGES, images(TEST, random));
        contents.put(FashionMnistFile.TEST_LABELS, labels(TEST));
    }

    /** The uncompressed IDX content of {@code file}. */
    byte[] content(FashionMnistFile file) {
        return contents.get(file).clone();
    }

    /** The grey levels of {@code file}, the bytes after its header. */
    byte[] values(FashionMnistFile file) {
        byte[] content = contents.get(file);
        int header = 4 + 4 * content[3];
        return Arrays.copyOfRange(content, header, content.length);
    }

    /** Checksums that accept exactly these files, computed here independently of {@link ContentChecksums}. */
    ContentChecksums checksums() {
        Map<FashionMnistFile, String> sha256 = new EnumMap<>(FashionMnistFile.class);
        contents.forEach((file, content) -> sha256.put(file, sha256(content)));
        return new ContentChecksums(sha256);
    }

    /** The lower-case hex SHA-256 of {@code bytes}. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the four files into {@code directory}, as {@code .gz} files or uncompressed, and returns it. */
    Path writeTo(Path directory, boolean gzip) throws IOException {
        Files.createDirectories(directory);
        for (FashionMnistFile file : FashionMnistFile.values()) {
            byte[] content = contents.get(file);
            IdxFiles.write(directory.resolve(gzip ? file.gzipName() : file.fileName()),
                    gzip ? IdxFiles.gzip(content) : content);
        }
        return directory;
    }

    private static byte[] images(int count, SplittableRandom random) {
        byte[] values = new byte[count * FashionMnist.PIXELS];
        for (int i = 0; i < values.length; i++) {
            values[i] = (byte) (i < 256 ? i : random.nextInt(256));
        }
        return IdxFiles.encode(new int[] {count, FashionMnist.SIDE, FashionMnist.SIDE}, values);
    }

    private static byte[] labels(int count) {
        byte[] values = new byte[count];
        for (int i = 0; i < count; i++) {
            values[i] = (byte) (i % FashionMnist.CLASS_NAMES.size());
        }
        return IdxFiles.encode(new int[] {count}, values);
    }
}
