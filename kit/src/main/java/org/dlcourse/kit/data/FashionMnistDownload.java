package org.dlcourse.kit.data;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Downloads the Fashion-MNIST files that a cache directory lacks and verifies each against its checksum before
 * it enters the cache.
 *
 * <p>Each file goes to a temporary {@code .part} file first; only when its content SHA-256 matches
 * ({@link ContentChecksums}) is it moved to its final name, so the cache never holds an unverified or partial
 * file and files already there are used without a new download. A mismatch, an HTTP error or a corrupt gzip
 * stream deletes the temporary file and fails naming the URL.
 *
 * @param source         the base URL the four {@code .gz} files are under, ending in {@code /}
 * @param cacheDirectory where the verified files are kept
 * @param checksums      the expected content of each file
 * @param timeout        the limit for connecting and for the response to start
 */
public record FashionMnistDownload(URI source, Path cacheDirectory, ContentChecksums checksums, Duration timeout) {

    /**
     * The dataset's official location, the download links of its README
     * (https://github.com/zalandoresearch/fashion-mnist#get-the-data), an Amazon S3 website.
     * Plain HTTP, as the README gives it; the checksums protect the content.
     */
    public static final URI OFFICIAL_SOURCE = URI.create("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/");

    /** The timeout of {@link #official}. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** Requires a base URL ending in {@code /}, so that file names resolve under it. */
    public FashionMnistDownload {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
        Objects.requireNonNull(checksums, "checksums");
        Objects.requireNonNull(timeout, "timeout");
        if (!source.getPath().endsWith("/")) {
            throw new IllegalArgumentException("the source " + source + " must end with /");
        }
    }

    /** A download of the official files from {@link #OFFICIAL_SOURCE} into {@code cacheDirectory}. */
    public static FashionMnistDownload official(Path cacheDirectory) {
        return new FashionMnistDownload(OFFICIAL_SOURCE, cacheDirectory, ContentChecksums.official(), DEFAULT_TIMEOUT);
    }

    /**
     * The user's cache directory for the data set, following the XDG Base Directory Specification:
     * {@code $XDG_CACHE_HOME/dlcourse/fashion-mnist} when that variable holds an absolute path, else
     * {@code ~/.cache/dlcourse/fashion-mnist} with ~ the system property {@code user.home}.
     *
     * @param environment the environment variables, e.g. {@code System::getenv}
     * @param properties  the system properties, e.g. {@code System::getProperty}
     */
    public static Path defaultCacheDirectory(UnaryOperator<String> environment, UnaryOperator<String> properties) {
        String xdgCache = environment.apply("XDG_CACHE_HOME");
        Path cacheHome = xdgCache != null && Path.of(xdgCache).isAbsolute()
                ? Path.of(xdgCache)
                : Path.of(properties.apply("user.home"), ".cache");
        return cacheHome.resolve("dlcourse").resolve("fashion-mnist");
    }

    /**
     * Makes the cache directory hold all four files, downloading the missing ones, and returns it.
     *
     * @throws IOException naming the URL on a connection failure, an HTTP status other than 200, a checksum
     *                     mismatch or a corrupt file; files verified before the failure stay in the cache
     */
    public Path fetch() throws IOException {
        Files.createDirectories(cacheDirectory);
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                // Plain-HTTP requests for HTTP/2 carry an h2c upgrade that some servers mishandle; 1.1 is enough.
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        for (FashionMnistFile file : FashionMnistFile.missingIn(cacheDirectory)) {
            fetch(client, file);
        }
        return cacheDirectory;
    }

    private void fetch(HttpClient client, FashionMnistFile file) throws IOException {
        URI url = source.resolve(file.gzipName());
        // A unique temporary name keeps two concurrent downloads (two test JVMs) from writing into one file.
        Path part = Files.createTempFile(cacheDirectory, file.gzipName() + ".", ".part");
        try {
            HttpResponse<Path> response = send(client, url, part);
            if (response.statusCode() != 200) {
                throw new IOException("cannot download " + url + ": HTTP status " + response.statusCode());
            }
            try {
                checksums.verify(file, part);
            } catch (IOException e) {
                throw new IOException("deleted the download of " + url + ", it is not the expected " + file.fileName()
                        + ": " + e.getMessage(), e);
            }
            Files.move(part, cacheDirectory.resolve(file.gzipName()), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private HttpResponse<Path> send(HttpClient client, URI url, Path target) throws IOException {
        try {
            return client.send(HttpRequest.newBuilder(url).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofFile(target));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while downloading " + url);
        } catch (IOException e) {
            throw new IOException("cannot download " + url + ": " + message(e), e);
        }
    }

    private static String message(IOException e) {
        if (e.getMessage() != null) {
            return e.getMessage();
        }
        // The JDK's HTTP client reports a refused or unreachable connection as a ConnectException without a message.
        return e instanceof ConnectException ? "cannot connect (connection refused or host unreachable)"
                : e.getClass().getSimpleName();
    }
}
