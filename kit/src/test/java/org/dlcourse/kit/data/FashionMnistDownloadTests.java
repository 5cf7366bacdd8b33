package org.dlcourse.kit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

class FashionMnistDownloadTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final SyntheticFashionMnist data = new SyntheticFashionMnist(3);

    @TempDir
    Path cache;

    @Test
    void downloadsVerifiesAndThenReusesTheFiles() throws IOException {
        try (LoopbackServer server = serveAll(new LoopbackServer())) {
            FashionMnistDownload download = download(server.base());

            assertThat(download.fetch()).isEqualTo(cache);
            assertThat(server.requests()).isEqualTo(4);
            assertThat(cacheFiles()).containsExactlyInAnyOrder("train-images-idx3-ubyte.gz",
                    "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz");
            assertThat(FashionMnist.read(cache, DataType.DOUBLE).train().size()).isEqualTo(SyntheticFashionMnist.TRAIN);

            download.fetch();
            assertThat(server.requests()).isEqualTo(4);
        }
    }

    @Test
    void downloadsOnlyTheMissingFiles() throws IOException {
        data.writeTo(cache, true);
        Files.delete(cache.resolve("t10k-labels-idx1-ubyte.gz"));
        try (LoopbackServer server = serveAll(new LoopbackServer())) {
            download(server.base()).fetch();

            assertThat(server.requests()).isEqualTo(1);
            assertThat(FashionMnistFile.missingIn(cache)).isEmpty();
        }
    }

    @Test
    void aChecksumMismatchDeletesTheDownloadAndNamesTheUrl() throws IOException {
        byte[] tampered = data.content(FashionMnistFile.TRAIN_LABELS);
        tampered[tampered.length - 1] ^= 1;
        try (LoopbackServer server = serveAll(new LoopbackServer())
                .serve("train-labels-idx1-ubyte.gz", IdxFiles.gzip(tampered))) {
            URI url = server.base().resolve("train-labels-idx1-ubyte.gz");

            assertThatThrownBy(() -> download(server.base()).fetch())
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining(
                            "deleted the download of " + url + ", it is not the expected train-labels-idx1-ubyte")
                    .hasMessageContaining("content SHA-256 " + SyntheticFashionMnist.sha256(tampered))
                    .hasMessageContaining(
                            "is not the expected " + data.checksums().sha256().get(FashionMnistFile.TRAIN_LABELS));
            assertThat(cacheFiles()).containsExactly("train-images-idx3-ubyte.gz");
        }
    }

    @Test
    void somethingThatIsNotGzipFailsTheChecksumToo() throws IOException {
        try (LoopbackServer server = serveAll(new LoopbackServer())
                .serve("train-images-idx3-ubyte.gz", "<html>moved</html>".getBytes(StandardCharsets.UTF_8))) {
            assertThatThrownBy(() -> download(server.base()).fetch())
                    .hasMessageContaining(
                            "deleted the download of " + server.base().resolve("train-images-idx3-ubyte.gz"));
            assertThat(cacheFiles()).isEmpty();
        }
    }

    @Test
    void aCutGzipStreamIsDeleted() throws IOException {
        byte[] gzip = IdxFiles.gzip(data.content(FashionMnistFile.TRAIN_IMAGES));
        try (LoopbackServer server = serveAll(new LoopbackServer())
                .serve("train-images-idx3-ubyte.gz", Arrays.copyOf(gzip, gzip.length / 2))) {
            assertThatThrownBy(() -> download(server.base()).fetch())
                    .hasMessageContaining(
                            "deleted the download of " + server.base().resolve("train-images-idx3-ubyte.gz"));
            assertThat(cacheFiles()).isEmpty();
        }
    }

    @Test
    void anHttpErrorNamesTheUrlAndStatus() throws IOException {
        try (LoopbackServer server = new LoopbackServer()) {
            assertThatThrownBy(() -> download(server.base()).fetch())
                    .hasMessage("cannot download " + server.base().resolve("train-images-idx3-ubyte.gz")
                            + ": HTTP status 404");
            assertThat(cacheFiles()).isEmpty();
        }
    }

    @Test
    void anUnreachableHostNamesTheUrl() throws IOException {
        URI unreachable = LoopbackServer.unreachable();

        assertThatThrownBy(() -> download(unreachable).fetch())
                .hasMessage("cannot download " + unreachable.resolve("train-images-idx3-ubyte.gz")
                        + ": cannot connect (connection refused or host unreachable)");
        assertThat(cacheFiles()).isEmpty();
    }

    @Test
    void theSourceMustBeADirectoryUrl() {
        URI notADirectory = URI.create("http://127.0.0.1/data");

        assertThatThrownBy(() -> new FashionMnistDownload(notADirectory, cache, data.checksums(), TIMEOUT))
                .hasMessageContaining("must end with /");
    }

    @Test
    void theCacheFollowsXdgElseTheHomeDirectory() {
        Map<String, String> properties = Map.of("user.home", "/home/student");

        assertThat(FashionMnistDownload.defaultCacheDirectory(
                Map.of("XDG_CACHE_HOME", "/var/cache/me")::get, properties::get))
                .isEqualTo(Path.of("/var/cache/me/dlcourse/fashion-mnist"));
        assertThat(FashionMnistDownload.defaultCacheDirectory(Map.<String, String>of()::get, properties::get))
                .isEqualTo(Path.of("/home/student/.cache/dlcourse/fashion-mnist"));
        // The XDG specification says to ignore a relative path.
        assertThat(FashionMnistDownload.defaultCacheDirectory(Map.of("XDG_CACHE_HOME", "cache")::get, properties::get))
                .isEqualTo(Path.of("/home/student/.cache/dlcourse/fashion-mnist"));
    }

    @Test
    void theOfficialDownloadUsesTheReadmeLocationAndTheCheckedInChecksums() {
        FashionMnistDownload official = FashionMnistDownload.official(cache);

        assertThat(official.source()).hasToString("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/");
        assertThat(official.checksums()).isEqualTo(ContentChecksums.official());
    }

    private LoopbackServer serveAll(LoopbackServer server) {
        for (FashionMnistFile file : FashionMnistFile.values()) {
            server.serve(file.gzipName(), IdxFiles.gzip(data.content(file)));
        }
        return server;
    }

    private FashionMnistDownload download(URI source) {
        return new FashionMnistDownload(source, cache, data.checksums(), TIMEOUT);
    }

    private List<String> cacheFiles() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }
}
