package org.dlcourse.kit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentChecksumsTests {

    /** SHA-256("abc"), the test vector of FIPS 180-2, appendix B.1. */
    private static final String SHA256_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path directory;

    @Test
    void hashesTheContentWhetherGzipOrPlain() throws IOException {
        byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);

        assertThat(ContentChecksums.contentSha256(IdxFiles.write(directory.resolve("plain"), abc)))
                .isEqualTo(SHA256_ABC);
        assertThat(ContentChecksums.contentSha256(IdxFiles.write(directory.resolve("packed"), IdxFiles.gzip(abc))))
                .isEqualTo(SHA256_ABC);
    }

    @Test
    void theOfficialChecksumsCoverTheFourFiles() {
        Map<FashionMnistFile, String> official = ContentChecksums.official().sha256();

        assertThat(official).containsOnlyKeys(FashionMnistFile.values());
        assertThat(official.values()).allMatch(hex -> hex.matches("[0-9a-f]{64}"));
        assertThat(official.get(FashionMnistFile.TRAIN_IMAGES))
                .isEqualTo("c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888");
    }

    @Test
    void verifyNamesThePathAndBothChecksums() throws IOException {
        Map<FashionMnistFile, String> sha256 = new EnumMap<>(FashionMnistFile.class);
        for (FashionMnistFile file : FashionMnistFile.values()) {
            sha256.put(file, SHA256_ABC);
        }
        ContentChecksums checksums = new ContentChecksums(sha256);
        Path abc = IdxFiles.write(directory.resolve("abc"), "abc".getBytes(StandardCharsets.US_ASCII));
        Path abd = IdxFiles.write(directory.resolve("abd"), "abd".getBytes(StandardCharsets.US_ASCII));

        checksums.verify(FashionMnistFile.TEST_LABELS, abc);
        assertThatThrownBy(() -> checksums.verify(FashionMnistFile.TEST_LABELS, abd))
                .hasMessage(abd + ": content SHA-256 "
                        + SyntheticFashionMnist.sha256("abd".getBytes(StandardCharsets.US_ASCII))
                        + " is not the expected " + SHA256_ABC + " of t10k-labels-idx1-ubyte");
    }

    @Test
    void requiresAChecksumForEveryFile() {
        assertThatThrownBy(() -> new ContentChecksums(Map.of(FashionMnistFile.TRAIN_IMAGES, SHA256_ABC)))
                .hasMessage("no checksum for train-labels-idx1-ubyte");
    }
}
