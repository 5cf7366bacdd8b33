package org.dlcourse.kit.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * The expected SHA-256 of the uncompressed content of each Fashion-MNIST file.
 *
 * <p>The content is hashed, not the gzip file, because the same data circulates in gzip files with different
 * headers: Debian's package strips the file name from the header and fixes the time stamp, so its archives differ
 * from the official ones byte for byte, yet decompress to the same bytes. One checksum per file therefore verifies
 * a download from the official location, Debian's copy and an uncompressed copy alike.
 *
 * <p>The official values ({@link #official()}) are in {@code fashion-mnist-content.sha256} next to this class;
 * that file records where they come from.
 *
 * @param sha256 lower-case hex SHA-256 of the uncompressed content of every file
 */
public record ContentChecksums(Map<FashionMnistFile, String> sha256) {

    private static final String OFFICIAL_RESOURCE = "fashion-mnist-content.sha256";

    /** Requires a checksum for each of the four files. */
    public ContentChecksums {
        sha256 = Map.copyOf(sha256);
        for (FashionMnistFile file : FashionMnistFile.values()) {
            if (!sha256.containsKey(file)) {
                throw new IllegalArgumentException("no checksum for " + file.fileName());
            }
        }
    }

    /**
     * The checksums of the published Fashion-MNIST files, read from lines {@code <hex>  <file name>} as
     * {@code sha256sum} writes them; lines starting with # are comments.
     */
    public static ContentChecksums official() {
        Map<FashionMnistFile, String> sha256 = new EnumMap<>(FashionMnistFile.class);
        try (InputStream in = ContentChecksums.class.getResourceAsStream(OFFICIAL_RESOURCE)) {
            Objects.requireNonNull(in, () -> "missing resource " + OFFICIAL_RESOURCE + " next to ContentChecksums");
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] fields = line.trim().split("\\s+");
                    sha256.put(named(fields[1]), fields[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ContentChecksums(sha256);
    }

    private static FashionMnistFile named(String fileName) {
        return Arrays.stream(FashionMnistFile.values())
                .filter(file -> file.fileName().equals(fileName))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(OFFICIAL_RESOURCE + " names an unknown file " + fileName));
    }

    /** The lower-case hex SHA-256 of the content of {@code path}, decompressed first if it is gzip. */
    public static String contentSha256(Path path) throws IOException {
        MessageDigest digest = sha256Digest();
        try (InputStream in = IdxStreams.open(path)) {
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Checks that the content of {@code path} is {@code file}'s.
     *
     * @throws IOException naming the path, the expected and the actual checksum on a mismatch, or when
     *                     {@code path} cannot be read or decompressed
     */
    public void verify(FashionMnistFile file, Path path) throws IOException {
        String actual = contentSha256(path);
        String expected = sha256.get(file);
        if (!actual.equals(expected)) {
            throw new IOException(path + ": content SHA-256 " + actual + " is not the expected " + expected + " of "
                    + file.fileName());
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
