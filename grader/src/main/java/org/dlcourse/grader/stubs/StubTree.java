package org.dlcourse.grader.stubs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The stubs of a course repository: {@code solutions/<id>/src/main/java/**} generates
 * {@code exercises/<id>/src/main/java/**}, Java sources through {@link StubGenerator}, other files verbatim.
 * Nothing outside {@code src/main/java} is read or written: the exercises' POMs and public tests are the
 * instructor's own.
 */
public final class StubTree {

    private static final String MAIN = "src/main/java";

    private final Path root;

    /** The stubs of the repository at {@code root}, which holds {@code solutions/} and {@code exercises/}. */
    public StubTree(Path root) {
        this.root = root;
    }

    /**
     * Compares {@code exercises/} with the generated stubs, writing nothing.
     *
     * @throws StubRegionException if a solution's regions are malformed
     */
    public StubCheck check() throws IOException {
        return compare(generate());
    }

    private StubCheck compare(Map<String, String> generated) throws IOException {
        Map<String, String> existing = existing();
        List<String> stale = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (Map.Entry<String, String> stub : generated.entrySet()) {
            String actual = existing.get(stub.getKey());
            if (actual == null) {
                missing.add(stub.getKey());
            } else if (actual.equals(stub.getValue())) {
                current.add(stub.getKey());
            } else {
                stale.add(stub.getKey());
            }
        }
        List<String> extra = existing.keySet().stream().filter(path -> !generated.containsKey(path)).toList();
        return new StubCheck(stale, missing, extra, current);
    }

    /**
     * Writes the stale and missing stubs and deletes the extra files; returns what it found before writing.
     *
     * @throws StubRegionException if a solution's regions are malformed, before anything is written
     */
    public StubCheck write() throws IOException {
        Map<String, String> generated = generate();
        StubCheck before = compare(generated);
        for (String path : before.stale()) {
            Files.writeString(root.resolve(path), generated.get(path), StandardCharsets.UTF_8);
        }
        for (String path : before.missing()) {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated.get(path), StandardCharsets.UTF_8);
        }
        for (String path : before.extra()) {
            Files.delete(root.resolve(path));
        }
        return before;
    }

    /** The stubs, by path relative to the root, e.g. {@code exercises/01-softmax/src/main/java/org/x/A.java}. */
    Map<String, String> generate() throws IOException {
        Map<String, String> stubs = new TreeMap<>();
        Path solutions = root.resolve("solutions");
        if (!Files.isDirectory(solutions)) {
            throw new IOException("no solutions/ directory in " + root);
        }
        try (Stream<Path> modules = Files.list(solutions)) {
            for (Path module : modules.filter(path -> Files.isDirectory(path.resolve(MAIN))).sorted().toList()) {
                Path sources = module.resolve(MAIN);
                String target = "exercises/" + module.getFileName() + "/" + MAIN + "/";
                for (Path file : files(sources)) {
                    String relative = sources.relativize(file).toString().replace('\\', '/');
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    String label = root.relativize(file).toString().replace('\\', '/');
                    stubs.put(target + relative, relative.endsWith(".java") ? StubGenerator.stub(label, text) : text);
                }
            }
        }
        return stubs;
    }

    private Map<String, String> existing() throws IOException {
        Map<String, String> files = new TreeMap<>();
        Path exercises = root.resolve("exercises");
        if (!Files.isDirectory(exercises)) {
            return files;
        }
        try (Stream<Path> modules = Files.list(exercises)) {
            for (Path module : modules.filter(path -> Files.isDirectory(path.resolve(MAIN))).sorted().toList()) {
                for (Path file : files(module.resolve(MAIN))) {
                    files.put(root.relativize(file).toString().replace('\\', '/'),
                            Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    private static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
