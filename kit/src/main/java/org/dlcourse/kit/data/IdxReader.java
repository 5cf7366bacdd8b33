package org.dlcourse.kit.data;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipException;

/**
 * Reads IDX files of unsigned bytes, the format of MNIST and Fashion-MNIST, plain or gzip-compressed.
 *
 * <p>Layout (Y. LeCun, C. Cortes, C. Burges, "The MNIST database of handwritten digits", section "File formats"):
 * a 4-byte magic number {@code 00 00 T R} with element type T and rank R, then R big-endian 32-bit sizes
 * d₁, …, d_R, then d₁·…·d_R elements in row-major order. Only T = 0x08 (unsigned byte), the type of every
 * MNIST and Fashion-MNIST file, is accepted; other types fail with their name.
 *
 * <p>Every inconsistency fails with an {@link IdxFormatException} naming the file: a magic number that is not
 * IDX, an unsupported type, rank 0, fewer data bytes than the sizes promise (a truncated download), more bytes
 * than that (a concatenation or a wrong file), and a corrupt gzip stream.
 */
public final class IdxReader {

    private static final int UNSIGNED_BYTE = 0x08;

    private IdxReader() {
    }

    /** The content of {@code file}; gzip is detected by its magic bytes, not by the file name. */
    public static IdxArray read(Path file) throws IOException {
        try (InputStream in = IdxStreams.open(file)) {
            int[] dims = readHeader(file, in);
            byte[] values = new byte[elementCount(file, dims)];
            int read = in.readNBytes(values, 0, values.length);
            if (read < values.length) {
                throw new IdxFormatException(file, "truncated: the header " + Arrays.toString(dims) + " promises "
                        + values.length + " data bytes, the file has " + read);
            }
            if (in.read() != -1) {
                throw new IdxFormatException(file, "more bytes than the " + values.length + " data bytes the header "
                        + Arrays.toString(dims) + " promises");
            }
            return new IdxArray(file, dims, values);
        } catch (ZipException | EOFException e) {
            throw new IdxFormatException(file, "corrupt or truncated gzip stream (" + e.getMessage() + ")", e);
        }
    }

    private static int[] readHeader(Path file, InputStream in) throws IOException {
        byte[] magic = in.readNBytes(4);
        if (magic.length < 4) {
            throw new IdxFormatException(file,
                    "truncated: " + magic.length + " bytes, shorter than an IDX magic number");
        }
        if (magic[0] != 0 || magic[1] != 0) {
            throw new IdxFormatException(file, String.format("not an IDX file: magic number 0x%08x does not start"
                    + " with two zero bytes", ByteBuffer.wrap(magic).getInt()));
        }
        int type = magic[2] & 0xff;
        if (type != UNSIGNED_BYTE) {
            throw new IdxFormatException(file, String.format(
                    "element type 0x%02x (%s) is not supported, only 0x08 (unsigned byte)", type, typeName(type)));
        }
        int rank = magic[3] & 0xff;
        if (rank == 0) {
            throw new IdxFormatException(file, "rank 0: an IDX file of items needs at least one dimension");
        }
        byte[] sizes = in.readNBytes(4 * rank);
        if (sizes.length < 4 * rank) {
            throw new IdxFormatException(file, "truncated header: rank " + rank + " needs " + 4 * rank
                    + " bytes of sizes, the file has " + sizes.length);
        }
        int[] dims = new int[rank];
        ByteBuffer bigEndian = ByteBuffer.wrap(sizes);
        for (int axis = 0; axis < rank; axis++) {
            dims[axis] = bigEndian.getInt();
            if (dims[axis] < 0) {
                throw new IdxFormatException(file, "size " + Integer.toUnsignedString(dims[axis]) + " of axis " + axis
                        + " exceeds 2³¹ − 1");
            }
        }
        return dims;
    }

    private static int elementCount(Path file, int[] dims) throws IdxFormatException {
        long count = 1;
        for (int dim : dims) {
            count *= dim;
            // A Java array holds at most 2³¹ − 9 elements on common JVMs; no MNIST-like file comes near it.
            if (count > Integer.MAX_VALUE - 8) {
                throw new IdxFormatException(file,
                        "the sizes " + Arrays.toString(dims) + " describe more than 2³¹ bytes");
            }
        }
        return (int) count;
    }

    private static String typeName(int type) {
        return switch (type) {
            case 0x09 -> "signed byte";
            case 0x0b -> "16-bit integer";
            case 0x0c -> "32-bit integer";
            case 0x0d -> "32-bit float";
            case 0x0e -> "64-bit double";
            default -> "unknown type";
        };
    }
}
