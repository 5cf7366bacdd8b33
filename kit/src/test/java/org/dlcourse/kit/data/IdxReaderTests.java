package org.dlcourse.kit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdxReaderTests {

    private static final int[] DIMS = {3, 2, 4};

    @TempDir
    Path directory;

    @ParameterizedTest(name = "gzip = {0}")
    @ValueSource(booleans = {false, true})
    void readsDimsAndValuesBackPlainOrGzip(boolean gzip) throws IOException {
        byte[] values = new byte[24];
        for (int i = 0; i < values.length; i++) {
            values[i] = (byte) (i * 11);
        }
        byte[] content = IdxFiles.encode(DIMS, values);

        IdxArray read = IdxReader.read(IdxFiles.write(directory.resolve("a"), gzip ? IdxFiles.gzip(content) : content));

        assertThat(read.dims()).containsExactly(DIMS);
        assertThat(read.values()).containsExactly(values);
        assertThat(read.count()).isEqualTo(3);
        assertThat(read.itemSize()).isEqualTo(8);
        // 23 · 11 = 253 and 12 · 11 = 132 are above 127: read as unsigned, not as Java's signed bytes.
        assertThat(read.unsigned(23)).isEqualTo(253);
        assertThat(read.unsigned(12)).isEqualTo(132);
    }

    @Test
    void detectsGzipByContentNotByName() throws IOException {
        byte[] content = IdxFiles.encode(new int[] {2}, new byte[] {7, 9});

        IdxArray gzipWithoutSuffix =
                IdxReader.read(IdxFiles.write(directory.resolve("labels"), IdxFiles.gzip(content)));
        IdxArray plainWithSuffix = IdxReader.read(IdxFiles.write(directory.resolve("labels.gz"), content));

        assertThat(gzipWithoutSuffix.values()).containsExactly(7, 9);
        assertThat(plainWithSuffix.values()).containsExactly(7, 9);
    }

    @Test
    void readsAFileWithoutItems() throws IOException {
        byte[] noItems = IdxFiles.encode(new int[] {0, 28}, new byte[0]);

        IdxArray empty = IdxReader.read(IdxFiles.write(directory.resolve("empty"), noItems));

        assertThat(empty.count()).isZero();
        assertThat(empty.itemSize()).isEqualTo(28);
    }

    @Test
    void rejectsAMagicNumberThatIsNotIdx() throws IOException {
        byte[] content = IdxFiles.encode(DIMS, new byte[24]);
        content[1] = 0x01;

        assertFormatError(content, "not an IDX file: magic number 0x00010803");
    }

    @Test
    void rejectsOtherElementTypesByName() throws IOException {
        byte[] content = IdxFiles.encode(DIMS, new byte[24]);
        content[2] = 0x0d;

        assertFormatError(content, "element type 0x0d (32-bit float) is not supported");
    }

    @Test
    void rejectsRankZero() throws IOException {
        assertFormatError(new byte[] {0, 0, 0x08, 0}, "rank 0");
    }

    @Test
    void rejectsAFileShorterThanItsHeader() throws IOException {
        assertFormatError(new byte[] {0, 0}, "truncated: 2 bytes");
        assertFormatError(Arrays.copyOf(IdxFiles.encode(DIMS, new byte[24]), 10),
                "truncated header: rank 3 needs 12 bytes");
    }

    @Test
    void rejectsTruncatedDataPlainOrGzip() throws IOException {
        byte[] truncated = Arrays.copyOf(IdxFiles.encode(DIMS, new byte[24]), 16 + 20);

        String problem = "truncated: the header [3, 2, 4] promises 24 data bytes, the file has 20";

        assertFormatError(truncated, problem);
        assertFormatError(IdxFiles.gzip(truncated), problem);
    }

    @Test
    void rejectsTrailingBytes() throws IOException {
        byte[] content = Arrays.copyOf(IdxFiles.encode(DIMS, new byte[24]), 16 + 25);

        assertFormatError(content, "more bytes than the 24 data bytes");
    }

    @Test
    void rejectsACutGzipStream() throws IOException {
        byte[] gzip = IdxFiles.gzip(IdxFiles.encode(DIMS, new byte[24]));

        assertFormatError(Arrays.copyOf(gzip, gzip.length - 12), "corrupt or truncated gzip stream");
    }

    @Test
    void rejectsSizesBeyondAJavaArray() throws IOException {
        assertFormatError(IdxFiles.encode(new int[] {65536, 65536}, new byte[0]), "more than 2³¹ bytes");
    }

    private void assertFormatError(byte[] content, String problem) throws IOException {
        Path file = IdxFiles.write(directory.resolve("corrupt-" + Arrays.hashCode(content)), content);

        assertThatThrownBy(() -> IdxReader.read(file))
                .isInstanceOf(IdxFormatException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(((IdxFormatException) e).file()).isEqualTo(file));
    }
}
