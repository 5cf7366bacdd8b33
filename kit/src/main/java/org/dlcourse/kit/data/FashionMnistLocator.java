package org.dlcourse.kit.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Finds a directory holding the four Fashion-MNIST files, trying in order:
 * <ol>
 *   <li>the directory the user configured: the system property {@value #SYSTEM_PROPERTY} if set, else the
 *       environment variable {@value #ENVIRONMENT_VARIABLE};</li>
 *   <li>{@code /usr/share/datasets/fashion-mnist}, where Debian's package {@value #DEBIAN_PACKAGE} installs the
 *       data set;</li>
 *   <li>the user's cache, downloading the files it lacks from the official location and verifying them
 *       ({@link FashionMnistDownload}).</li>
 * </ol>
 * A directory counts when it holds all four files, each gzip-compressed ({@code train-images-idx3-ubyte.gz}) or
 * not ({@code train-images-idx3-ubyte}); one that lacks a file is passed over. When no place works,
 * {@link #locate()} fails naming all three, why each failed and how to provide the data.
 *
 * <p>The configured directory and Debian's are trusted as they are (their files are checked by the IDX reader
 * when loaded, not against checksums), so tests and instructors can point the course at other data.
 *
 * @param configuredDirectory the directory from the system property or environment variable, if any
 * @param systemDirectory     the system-wide directory, {@link #DEBIAN_DIRECTORY} by default
 * @param download            the cache directory and where to download into it from
 */
public record FashionMnistLocator(
        Optional<Path> configuredDirectory, Path systemDirectory, FashionMnistDownload download) {

    /** The environment variable naming a directory of the four files. */
    public static final String ENVIRONMENT_VARIABLE = "FASHION_MNIST_DIR";

    /** The system property naming a directory of the four files; it takes precedence over the environment. */
    public static final String SYSTEM_PROPERTY = "dlcourse.fashionMnist.dir";

    /** Where Debian's package {@value #DEBIAN_PACKAGE} installs the four gzip files. */
    public static final Path DEBIAN_DIRECTORY = Path.of("/usr/share/datasets/fashion-mnist");

    /** The Debian package of the data set. */
    public static final String DEBIAN_PACKAGE = "dataset-fashion-mnist";

    /** Requires every place. */
    public FashionMnistLocator {
        Objects.requireNonNull(configuredDirectory, "configuredDirectory");
        Objects.requireNonNull(systemDirectory, "systemDirectory");
        Objects.requireNonNull(download, "download");
    }

    /** The places of this process: its system properties and environment, Debian's directory, the official download. */
    public static FashionMnistLocator fromEnvironment() {
        return fromEnvironment(System::getenv, System::getProperty);
    }

    /**
     * The places given by {@code environment} and {@code properties} (lookups of environment variables and system
     * properties by name): the configured directory as described in the class comment, Debian's directory, and the
     * official download into {@link FashionMnistDownload#defaultCacheDirectory}.
     */
    public static FashionMnistLocator fromEnvironment(
            UnaryOperator<String> environment, UnaryOperator<String> properties) {
        Optional<Path> configured = Optional.ofNullable(properties.apply(SYSTEM_PROPERTY))
                .or(() -> Optional.ofNullable(environment.apply(ENVIRONMENT_VARIABLE)))
                .filter(directory -> !directory.isBlank())
                .map(Path::of);
        return new FashionMnistLocator(configured, DEBIAN_DIRECTORY,
                FashionMnistDownload.official(FashionMnistDownload.defaultCacheDirectory(environment, properties)));
    }

    /**
     * The first place that holds the four files, downloading into the cache as the last resort.
     *
     * @throws FashionMnistUnavailableException naming every place tried and why it failed
     */
    public Path locate() {
        List<String> failures = new ArrayList<>();
        String configuredBy = "$" + ENVIRONMENT_VARIABLE + " or -D" + SYSTEM_PROPERTY;
        if (configuredDirectory.isPresent()) {
            Path directory = configuredDirectory.get();
            if (FashionMnistFile.missingIn(directory).isEmpty()) {
                return directory;
            }
            failures.add(directory + " (from " + configuredBy + "): " + lacks(directory));
        } else {
            failures.add(configuredBy + ": not set; set it to a directory holding the four files");
        }
        if (FashionMnistFile.missingIn(systemDirectory).isEmpty()) {
            return systemDirectory;
        }
        failures.add(systemDirectory + ": " + lacks(systemDirectory) + "; on Debian or Ubuntu install it with"
                + " `apt-get install " + DEBIAN_PACKAGE + "`");
        try {
            return download.fetch();
        } catch (IOException e) {
            failures.add("download from " + download.source() + " into " + download.cacheDirectory() + ": "
                    + e.getMessage());
            StringBuilder message = new StringBuilder("Fashion-MNIST is unavailable; tried, in order:");
            for (int i = 0; i < failures.size(); i++) {
                message.append(System.lineSeparator()).append("  ").append(i + 1).append(". ").append(failures.get(i));
            }
            throw new FashionMnistUnavailableException(message.toString(), e);
        }
    }

    private static String lacks(Path directory) {
        if (!Files.isDirectory(directory)) {
            return "no such directory";
        }
        return "lacks " + FashionMnistFile.missingIn(directory).stream()
                .map(file -> file.gzipName() + " (or " + file.fileName() + ")")
                .collect(Collectors.joining(", "));
    }
}
