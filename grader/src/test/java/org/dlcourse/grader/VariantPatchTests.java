package org.dlcourse.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariantPatchTests {

    private static final String PATCH = """
            --- a/p/A.java
            +++ b/p/A.java
            @@ -1,3 +1,3 @@
             one
            -two
            +TWO
             three
            @@ -5,2 +5,3 @@
             five
            +five and a half
             six
            """;

    @TempDir
    Path root;

    @Test
    void appliesEveryHunkAtItsLineShiftedByTheEarlierOnes() throws IOException {
        Files.createDirectories(root.resolve("p"));
        Files.writeString(root.resolve("p/A.java"), "one\ntwo\nthree\nfour\nfive\nsix\n");
        Files.writeString(root.resolve("variant.patch"), PATCH);

        VariantPatch.apply(root.resolve("variant.patch"), root);

        assertThat(root.resolve("p/A.java")).hasContent("one\nTWO\nthree\nfour\nfive\nfive and a half\nsix\n");
    }

    @Test
    void refusesAPatchWhoseContextNoLongerMatchesTheSolution() throws IOException {
        Files.createDirectories(root.resolve("p"));
        Files.writeString(root.resolve("p/A.java"), "one\n2\nthree\nfour\nfive\nsix\n");
        Files.writeString(root.resolve("variant.patch"), PATCH);

        assertThatThrownBy(() -> VariantPatch.apply(root.resolve("variant.patch"), root))
                .hasMessageContaining("no longer applies to p/A.java at line 2").hasMessageContaining("regenerate");
    }
}
