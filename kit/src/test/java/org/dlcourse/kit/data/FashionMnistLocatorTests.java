package org.dlcourse.kit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order of the places: configured directory, then Debian's, then the download into the cache. */
class FashionMnistLocatorTests {

    private final SyntheticFashionMnist data = new SyntheticFashionMnist(5);

    @TempDir
    Path root;

    @Test
    void theConfiguredDirectoryComesFirst() throws IOException {
        Path configured = data.writeTo(root.resolve("configured"), false);
        Path system = data.writeTo(root.resolve("system"), true);
        try (LoopbackServer server = serveAll(new LoopbackServer())) {
            assertThat(locator(Optional.of(configured), system, server.base()).locate()).isEqualTo(configured);
            assertThat(server.requests()).isZero();
        }
    }

    @Test
    void theSystemDirectoryComesBeforeTheDownload() throws IOException {
        Path system = data.writeTo(root.resolve("system"), true);
        try (LoopbackServer server = serveAll(new LoopbackServer())) {
            assertThat(locator(Optional.empty(), system, server.base()).locate()).isEqualTo(system);
            assertThat(server.requests()).isZero();
        }
    }

    @Test
    void anIncompleteDirectoryIsPassedOver() throws IOException {
        Path configured = data.writeTo(root.resolve("configured"), true);
        Files.delete(configured.resolve("train-labels-idx1-ubyte.gz"));
        Path system = data.writeTo(root.resolve("system"), true);
        try (LoopbackServer server = serveAll(new LoopbackServer())) {
            assertThat(locator(Optional.of(configured), system, server.base()).locate()).isEqualTo(system);
        }
    }

    @Test
    void downloadsWhenNoDirectoryHoldsTheData() throws IOException {
        try (LoopbackServer server = serveAll(new LoopbackServer())) {
            Path located = locator(Optional.of(root.resolve("nowhere")), root.resolve("absent"), server.base())
                    .locate();

            assertThat(located).isEqualTo(root.resolve("cache"));
            assertThat(server.requests()).isEqualTo(4);
            assertThat(FashionMnistFile.missingIn(located)).isEmpty();
        }
    }

    @Test
    void failsNamingAllThreePlacesAndHowToProvideTheData() throws IOException {
        Path configured = data.writeTo(root.resolve("configured"), true);
        Files.delete(configured.resolve("t10k-images-idx3-ubyte.gz"));
        URI unreachable = LoopbackServer.unreachable();

        assertThatThrownBy(() -> locator(Optional.of(configured), root.resolve("absent"), unreachable).locate())
                .isInstanceOf(FashionMnistUnavailableException.class)
                .hasMessageContaining("Fashion-MNIST is unavailable; tried, in order:")
                .hasMessageContaining("1. " + configured + " (from $FASHION_MNIST_DIR or -Ddlcourse.fashionMnist.dir):"
                        + " lacks t10k-images-idx3-ubyte.gz (or t10k-images-idx3-ubyte)")
                .hasMessageContaining("2. " + root.resolve("absent") + ": no such directory; on Debian or Ubuntu"
                        + " install it with `apt-get install dataset-fashion-mnist`")
                .hasMessageContaining("3. download from " + unreachable + " into " + root.resolve("cache")
                        + ": cannot download " + unreachable.resolve("train-images-idx3-ubyte.gz"));
    }

    @Test
    void saysWhenNoDirectoryIsConfigured() throws IOException {
        URI unreachable = LoopbackServer.unreachable();

        assertThatThrownBy(() -> locator(Optional.empty(), root.resolve("absent"), unreachable).locate())
                .hasMessageContaining("1. $FASHION_MNIST_DIR or -Ddlcourse.fashionMnist.dir: not set");
    }

    @Test
    void theSystemPropertyOverridesTheEnvironmentVariable() {
        Map<String, String> environment = Map.of("FASHION_MNIST_DIR", "/from/env", "XDG_CACHE_HOME", "/xdg");
        Map<String, String> properties = Map.of("dlcourse.fashionMnist.dir", "/from/property", "user.home", "/home/u");

        FashionMnistLocator both = FashionMnistLocator.fromEnvironment(environment::get, properties::get);
        FashionMnistLocator environmentOnly = FashionMnistLocator.fromEnvironment(environment::get,
                Map.of("user.home", "/home/u")::get);
        FashionMnistLocator neither = FashionMnistLocator.fromEnvironment(Map.<String, String>of()::get,
                Map.of("user.home", "/home/u")::get);

        assertThat(both.configuredDirectory()).contains(Path.of("/from/property"));
        assertThat(environmentOnly.configuredDirectory()).contains(Path.of("/from/env"));
        assertThat(neither.configuredDirectory()).isEmpty();
        assertThat(both.systemDirectory()).isEqualTo(Path.of("/usr/share/datasets/fashion-mnist"));
        assertThat(both.download().cacheDirectory()).isEqualTo(Path.of("/xdg/dlcourse/fashion-mnist"));
        assertThat(neither.download().source()).isEqualTo(FashionMnistDownload.OFFICIAL_SOURCE);
    }

    private FashionMnistLocator locator(Optional<Path> configured, Path system, URI source) {
        return new FashionMnistLocator(configured, system,
                new FashionMnistDownload(source, root.resolve("cache"), data.checksums(), Duration.ofSeconds(10)));
    }

    private LoopbackServer serveAll(LoopbackServer server) {
        for (FashionMnistFile file : FashionMnistFile.values()) {
            server.serve(file.gzipName(), IdxFiles.gzip(data.content(file)));
        }
        return server;
    }
}
