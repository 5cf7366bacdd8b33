package org.dlcourse.kit.bytecode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads class files, from a build's output directory or jar or for a class loaded in this JVM, for {@link CallScanner}. */
public final class ClassFiles {

    private static final String SUFFIX = ".class";

    private ClassFiles() {
    }

    /**
     * Every {@code .class} file under {@code classes} — a build's output directory or a jar — by binary class name
     * in dotted form ({@code org/x/A$B.class} → {@code org.x.A$B}), sorted by name.
     *
     * @throws IOException if {@code classes} does not exist, is neither a directory nor a jar, or cannot be read
     */
    public static SortedMap<String, byte[]> readAll(Path classes) throws IOException {
        if (Files.isRegularFile(classes) && classes.getFileName().toString().endsWith(".jar")) {
            try (FileSystem jar = FileSystems.newFileSystem(classes)) {
                return readTree(jar.getPath("/"));
            }
        }
        if (!Files.isDirectory(classes)) {
            throw Files.exists(classes) ? new NotDirectoryException(classes.toString())
                    : new NoSuchFileException(classes.toString());
        }
        return readTree(classes);
    }

    private static SortedMap<String, byte[]> readTree(Path root) throws IOException {
        SortedMap<String, byte[]> classes = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(SUFFIX))
                    .toList();
        }
        for (Path file : files) {
            classes.put(className(root.relativize(file)), Files.readAllBytes(file));
        }
        return Collections.unmodifiableSortedMap(classes);
    }

    /**
     * The class file of {@code type}, read through its class loader as the resource {@code pkg/Name.class}.
     *
     * @throws IllegalArgumentException if {@code type} has no class file (arrays, primitives, hidden classes
     *     such as lambda proxies)
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static byte[] bytesOf(Class<?> type) {
        if (type.isArray() || type.isPrimitive() || type.isHidden()) {
            throw new IllegalArgumentException(type.getName() + " has no class file of its own");
        }
        String resource = "/" + type.getName().replace('.', '/') + SUFFIX;
        try (InputStream in = type.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no class file for " + type.getName() + " at " + resource);
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the class file of " + type.getName(), unreadable);
        }
    }

    /**
     * The class files of the nest of {@code type}: its top-level class and every nested, local and anonymous
     * class compiled with it, by binary name, sorted. A student cannot hide a call in an inner class from this.
     *
     * @see Class#getNestMembers()
     */
    public static SortedMap<String, byte[]> bytesOfNest(Class<?> type) {
        SortedMap<String, byte[]> classes = new TreeMap<>();
        for (Class<?> member : type.getNestHost().getNestMembers()) {
            classes.put(member.getName(), bytesOf(member));
        }
        return Collections.unmodifiableSortedMap(classes);
    }

    private static String className(Path relative) {
        StringJoiner name = new StringJoiner(".");
        for (Path part : relative) {
            name.add(part.toString());
        }
        String joined = name.toString();
        return joined.substring(0, joined.length() - SUFFIX.length());
    }
}
