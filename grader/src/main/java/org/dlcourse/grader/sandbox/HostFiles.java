package org.dlcourse.grader.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The machine's files a confined JVM needs to read besides the course's: the Java runtime and native libraries. */
public final class HostFiles {

    /** JavaCPP's system property for where it extracts native libraries. */
    public static final String JAVACPP_CACHE_PROPERTY = "org.bytedeco.javacpp.cachedir";
    private static final int LINK_DEPTH = 6;

    private HostFiles() {
    }

    /**
     * The running Java runtime: its home and, outside {@code /usr}, what its links point to (Debian's JDK keeps its
     * configuration in {@code /etc/java-17-openjdk}, linked from {@code conf/}).
     */
    public static List<Path> javaRuntime() {
        Path home = Path.of(System.getProperty("java.home")).toAbsolutePath();
        Set<Path> paths = new LinkedHashSet<>();
        paths.add(home);
        try (Stream<Path> tree = Files.walk(home, LINK_DEPTH)) {
            for (Path link : tree.filter(Files::isSymbolicLink).toList()) {
                try {
                    Path target = link.toRealPath();
                    if (!target.startsWith(home) && !target.startsWith("/usr")) {
                        paths.add(target);
                    }
                } catch (IOException dangling) {
                    // A dangling link points at nothing to mount.
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the Java runtime in " + home, unreadable);
        }
        return List.copyOf(paths);
    }

    /** Where JavaCPP keeps the native libraries it extracted: its property, else {@code ~/.javacpp/cache}. */
    public static Path javaCppCache() {
        String configured = System.getProperty(JAVACPP_CACHE_PROPERTY);
        return configured != null ? Path.of(configured).toAbsolutePath()
                : Path.of(System.getProperty("user.home"), ".javacpp", "cache");
    }
}
