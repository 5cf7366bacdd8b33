package org.dlcourse.grader.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.dlcourse.grader.SubmissionUnusableException;

/**
 * Unpacks a student's zip without trusting it: no entry may leave the target directory (zip slip: absolute
 * names, {@code ..}, drive letters), and the number of entries and the unpacked bytes are capped (zip bombs).
 * Entries become regular files and directories only: {@code java.util.zip} does not read the Unix mode bits that
 * mark an entry as a symbolic link, so such an entry is unpacked as a plain file holding the link's target name.
 */
public final class SafeUnzip {

    /** At most this many entries. */
    public static final int MAX_ENTRIES = 20_000;
    /** At most this many unpacked bytes in all (256 MiB). */
    public static final long MAX_BYTES = 256L << 20;

    private SafeUnzip() {
    }

    /**
     * Unpacks {@code zip} into the existing, empty directory {@code target}.
     *
     * @throws SubmissionUnusableException if the file is not a zip ({@code not a valid zip: frank.zip}), is an empty
     *     zip, is malformed, reaches outside {@code target}, or exceeds the caps
     */
    public static void unpack(Path zip, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        int entries = 0;
        long bytes = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new SubmissionUnusableException(zip.getFileName() + " has more than " + MAX_ENTRIES
                            + " entries");
                }
                Path destination = destination(zip, root, entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    continue;
                }
                Files.createDirectories(destination.getParent());
                try (OutputStream out = Files.newOutputStream(destination)) {
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        bytes += read;
                        if (bytes > MAX_BYTES) {
                            throw new SubmissionUnusableException(zip.getFileName() + " unpacks to more than "
                                    + (MAX_BYTES >> 20) + " MiB");
                        }
                        out.write(buffer, 0, read);
                    }
                }
            }
        } catch (IllegalArgumentException | ZipException malformed) {
            throw new SubmissionUnusableException(zip.getFileName() + " is not a readable zip: "
                    + malformed.getMessage());
        }
        // ZipInputStream reads a file without any local header as a zip without entries.
        if (entries == 0) {
            throw new SubmissionUnusableException(startsLikeAZip(zip) ? zip.getFileName() + " is an empty zip"
                    : "not a valid zip: " + zip.getFileName());
        }
    }

    /** Whether {@code zip} starts with a zip signature: a local file header, or the end record of an empty zip. */
    private static boolean startsLikeAZip(Path zip) throws IOException {
        byte[] start = new byte[4];
        try (InputStream in = Files.newInputStream(zip)) {
            int read = in.readNBytes(start, 0, start.length);
            return read == start.length && start[0] == 'P' && start[1] == 'K'
                    && ((start[2] == 3 && start[3] == 4) || (start[2] == 5 && start[3] == 6));
        }
    }

    private static Path destination(Path zip, Path root, String name) {
        String normalized = name.replace('\\', '/');
        if (normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*")) {
            throw new SubmissionUnusableException(zip.getFileName() + " has an entry with an absolute path: " + name);
        }
        Path destination = root.resolve(normalized).normalize();
        if (!destination.startsWith(root) || destination.equals(root)) {
            throw new SubmissionUnusableException(zip.getFileName() + " has an entry outside its directory: " + name);
        }
        return destination;
    }
}
