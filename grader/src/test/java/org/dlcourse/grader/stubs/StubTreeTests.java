package org.dlcourse.grader.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StubTreeTests {

    private static final String SOLUTION = """
            package p;

            public final class A {
                public static int one() {
                    // BEGIN SOLUTION: return one
                    return 1;
                    // END SOLUTION
                }
            }
            """;

    private static final String STUB = """
            package p;

            public final class A {
                public static int one() {
                    throw new UnsupportedOperationException("TODO: return one");
                }
            }
            """;

    @TempDir
    Path root;

    @BeforeEach
    void aRepositoryWithOneSolutionAndItsHandout() throws IOException {
        write("solutions/01-x/src/main/java/p/A.java", SOLUTION);
        write("solutions/01-x/pom.xml", "<project/>");
        write("exercises/01-x/pom.xml", "<project/>");
        write("exercises/01-x/src/test/java/p/ATests.java", "class ATests {}");
    }

    @Test
    void writingGeneratesTheStubsAndTouchesNothingOutsideMainSources() throws IOException {
        StubCheck before = new StubTree(root).write();

        assertThat(before.missing()).containsExactly("exercises/01-x/src/main/java/p/A.java");
        assertThat(Files.readString(root.resolve("exercises/01-x/src/main/java/p/A.java"))).isEqualTo(STUB);
        assertThat(Files.readString(root.resolve("exercises/01-x/src/test/java/p/ATests.java")))
                .isEqualTo("class ATests {}");
        assertThat(new StubTree(root).check().upToDate()).isTrue();
    }

    @Test
    void theCheckListsStaleMissingAndExtraStubsWithoutWritingAnything() throws IOException {
        write("solutions/01-x/src/main/java/p/B.java", "package p;\nclass B {}\n");
        write("exercises/01-x/src/main/java/p/A.java", STUB.replace("return one", "return two"));
        write("exercises/01-x/src/main/java/p/Old.java", "package p;\nclass Old {}\n");

        StubCheck check = new StubTree(root).check();

        assertThat(check.stale()).containsExactly("exercises/01-x/src/main/java/p/A.java");
        assertThat(check.missing()).containsExactly("exercises/01-x/src/main/java/p/B.java");
        assertThat(check.extra()).containsExactly("exercises/01-x/src/main/java/p/Old.java");
        assertThat(check.upToDate()).isFalse();
        assertThat(root.resolve("exercises/01-x/src/main/java/p/B.java")).doesNotExist();
    }

    @Test
    void writingRepairsEveryDifferenceTheCheckFound() throws IOException {
        write("exercises/01-x/src/main/java/p/A.java", "stale");
        write("exercises/01-x/src/main/java/p/Old.java", "extra");

        new StubTree(root).write();

        StubCheck after = new StubTree(root).check();
        assertThat(after.upToDate()).isTrue();
        assertThat(after.current()).containsExactly("exercises/01-x/src/main/java/p/A.java");
        assertThat(root.resolve("exercises/01-x/src/main/java/p/Old.java")).doesNotExist();
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
