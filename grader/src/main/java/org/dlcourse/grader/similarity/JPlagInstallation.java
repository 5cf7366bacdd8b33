package org.dlcourse.grader.similarity;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * JPlag's jars: the library and its Java language module with their dependencies, as the classpath of the JVM that
 * runs it. Never on the grader's own classpath: JPlag is GPL-3.0.
 *
 * <p>Either an instructor's own copy ({@link #at}: a jar such as JPlag's release {@code jar-with-dependencies}, or a
 * directory of jars), or {@link #VERSION} fetched once from Maven Central into a cache directory ({@link #cached}):
 * each jar is pinned by SHA-256 (the dependency tree of {@code de.jplag:jplag} and {@code de.jplag:java} 4.3.0 as
 * Maven resolves it, plus {@code slf4j-simple} so that JPlag's warnings reach its error output), downloaded to a
 * temporary file and moved into the cache only when its digest matches. JPlag 4.3.0 is the last release that runs
 * on Java 17 (5.x needs Java 21), and its command line is not on Maven Central, hence the driver {@link JPlagRun}
 * starts.
 *
 * @param classpath the jars
 */
public record JPlagInstallation(List<Path> classpath) {

    /** The JPlag release fetched. */
    public static final String VERSION = "4.3.0";
    /** Where the jars are fetched from. */
    public static final URI MAVEN_CENTRAL = URI.create("https://repo.maven.apache.org/maven2/");
    /** The limit for connecting and for a response to start. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** A jar in a Maven repository, pinned by the SHA-256 of its content. */
    record Artifact(String path, String sha256) {

        String fileName() {
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    static final List<Artifact> ARTIFACTS = List.of(
            new Artifact("de/jplag/jplag/4.3.0/jplag-4.3.0.jar",
                    "c052d05f04c56a12389c5daff0b7bce9c0614019e4b7e1007db14b95c97c929a"),
            new Artifact("de/jplag/java/4.3.0/java-4.3.0.jar",
                    "5c060fb8cd4d85ba9abda29bbd574544a6ae6f6d53be8688a8926493a4485e96"),
            new Artifact("de/jplag/language-api/4.3.0/language-api-4.3.0.jar",
                    "595b5148ab334e85bfcc2593366d9d959ca4dec92168b49dd04c6ef0391e3247"),
            new Artifact("com/fasterxml/jackson/core/jackson-databind/2.14.2/jackson-databind-2.14.2.jar",
                    "501d3abce4d18dcc381058ec593c5b94477906bba6efbac14dae40a642f77424"),
            new Artifact("com/fasterxml/jackson/core/jackson-annotations/2.14.2/jackson-annotations-2.14.2.jar",
                    "2c6869d505cf60dc066734b7d50339f975bd3adc635e26a78abb71acb4473c0d"),
            new Artifact("com/fasterxml/jackson/core/jackson-core/2.14.2/jackson-core-2.14.2.jar",
                    "b5d37a77c88277b97e3593c8740925216c06df8e4172bbde058528df04ad3e7a"),
            new Artifact("org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar",
                    "1e56d7b058d28b65abd256b8458e3885b674c1d588fa43cd7d1cbb9c7ef2b308"),
            new Artifact("org/kohsuke/metainf-services/metainf-services/1.9/metainf-services-1.9.jar",
                    "de4e6d30f80f66c3309033d6ba2ad866946b07c52d3c6a34fa7c721856414530"),
            new Artifact("org/slf4j/slf4j-api/2.0.7/slf4j-api-2.0.7.jar",
                    "5d6298b93a1905c32cda6478808ac14c2d4a47e91535e53c41f7feeb85d946f4"),
            new Artifact("org/slf4j/slf4j-simple/2.0.7/slf4j-simple-2.0.7.jar",
                    "50eae3f1cc9a78a970970518e005d3f43d5cd3262d234f47ebdf3ca3f8bc01a7"));

    /** Copies the classpath. */
    public JPlagInstallation {
        classpath = List.copyOf(classpath);
    }

    /**
     * An instructor's own JPlag: a jar, or a directory whose jars are the classpath.
     *
     * @throws JPlagUnavailableException if {@code path} is neither
     */
    public static JPlagInstallation at(Path path) throws IOException {
        if (Files.isRegularFile(path) && path.toString().endsWith(".jar")) {
            return new JPlagInstallation(List.of(path.toAbsolutePath()));
        }
        if (Files.isDirectory(path)) {
            try (Stream<Path> jars = Files.list(path)) {
                List<Path> found = jars.filter(jar -> jar.toString().endsWith(".jar")).sorted()
                        .map(Path::toAbsolutePath).toList();
                if (!found.isEmpty()) {
                    return new JPlagInstallation(found);
                }
            }
        }
        throw new JPlagUnavailableException("--jplag " + path + " is neither a jar nor a directory of jars");
    }

    /**
     * The user's cache of JPlag {@value #VERSION}: {@code $XDG_CACHE_HOME/dlcourse/jplag/VERSION} when that variable
     * holds an absolute path, else {@code ~/.cache/dlcourse/jplag/VERSION}.
     */
    public static Path defaultCacheDirectory(UnaryOperator<String> environment, UnaryOperator<String> properties) {
        String xdgCache = environment.apply("XDG_CACHE_HOME");
        Path cacheHome = xdgCache != null && Path.of(xdgCache).isAbsolute()
                ? Path.of(xdgCache)
                : Path.of(properties.apply("user.home"), ".cache");
        return cacheHome.resolve("dlcourse").resolve("jplag").resolve(VERSION);
    }

    /**
     * JPlag {@value #VERSION} in {@code cacheDirectory}, downloading from {@code repository} the jars it lacks.
     *
     * @throws JPlagUnavailableException naming the URL if a jar cannot be downloaded (offline, HTTP error) or is not
     *     the pinned one; jars verified before stay in the cache
     */
    public static JPlagInstallation cached(Path cacheDirectory, URI repository) throws IOException {
        Files.createDirectories(cacheDirectory);
        HttpClient client = null;
        List<Path> jars = new ArrayList<>();
        for (Artifact artifact : ARTIFACTS) {
            Path jar = cacheDirectory.resolve(artifact.fileName());
            if (!Files.isRegularFile(jar)) {
                if (client == null) {
                    client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
                            .followRedirects(HttpClient.Redirect.NORMAL).build();
                }
                download(client, repository.resolve(artifact.path()), artifact.sha256(), jar);
            }
            jars.add(jar.toAbsolutePath());
        }
        return new JPlagInstallation(jars);
    }

    private static void download(HttpClient client, URI url, String sha256, Path jar) throws IOException {
        Path part = Files.createTempFile(jar.getParent(), jar.getFileName() + ".", ".part");
        try {
            HttpResponse<InputStream> response;
            try {
                response = client.send(HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build(),
                        HttpResponse.BodyHandlers.ofInputStream());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new JPlagUnavailableException("interrupted while downloading " + url);
            } catch (IOException offline) {
                throw unavailable(url, offline.getMessage() != null ? offline.getMessage()
                        : offline.getClass().getSimpleName(), offline);
            }
            MessageDigest digest = sha256();
            try (InputStream body = new DigestInputStream(response.body(), digest)) {
                if (response.statusCode() != 200) {
                    throw unavailable(url, "HTTP status " + response.statusCode(), null);
                }
                Files.copy(body, part, StandardCopyOption.REPLACE_EXISTING);
            }
            String actual = HexFormat.of().formatHex(digest.digest());
            if (!actual.equals(sha256)) {
                throw unavailable(url, "its SHA-256 is " + actual + ", not the pinned " + sha256, null);
            }
            Files.move(part, jar, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static JPlagUnavailableException unavailable(URI url, String reason, Throwable cause) {
        return new JPlagUnavailableException("cannot fetch JPlag " + VERSION + ": " + url + ": " + reason
                + "; connect to Maven Central once, or pass --jplag with JPlag's jar-with-dependencies or a directory"
                + " of its jars", cause);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }
}
