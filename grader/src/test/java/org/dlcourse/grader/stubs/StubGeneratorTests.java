package org.dlcourse.grader.stubs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StubGeneratorTests {

    @Test
    void aRegionWithATaskBecomesAThrowAtTheIndentationOfItsBeginLine() {
        String solution = """
                class A {
                    static int twice(int x) {
                        check(x);
                          // BEGIN SOLUTION: return "2x", not x \\ 2
                        int y = x + x;
                        return y;
                        // END SOLUTION
                    }
                }
                """;

        assertThat(StubGenerator.stub("A.java", solution)).isEqualTo("""
                class A {
                    static int twice(int x) {
                        check(x);
                          throw new UnsupportedOperationException("TODO: return \\"2x\\", not x \\\\ 2");
                    }
                }
                """);
    }

    @Test
    void aBareRegionIsRemovedWithOneOfTheBlankLinesAroundIt() {
        String solution = """
                class A {
                    int kept;

                    // BEGIN SOLUTION
                    private static int helper() {
                        return 1;
                    }
                    // END SOLUTION

                    int alsoKept;
                }
                """;

        assertThat(StubGenerator.stub("A.java", solution)).isEqualTo("""
                class A {
                    int kept;

                    int alsoKept;
                }
                """);
    }

    @Test
    void importsOnlyTheRemovedCodeUsedAreDroppedAndTheOthersKept() {
        String solution = """
                import java.util.List;
                import java.util.Map;
                import java.util.function.*;
                import static java.lang.Math.max;
                import org.nd4j.linalg.factory.Nd4j;

                /** Uses {@link List}. */
                class A {
                    static Object f(Map<String, String> m) {
                        // BEGIN SOLUTION: build it
                        return Nd4j.create(1);
                        // END SOLUTION
                    }
                }
                """;

        assertThat(StubGenerator.stub("A.java", solution)).isEqualTo("""
                import java.util.List;
                import java.util.Map;
                import java.util.function.*;
                import static java.lang.Math.max;

                /** Uses {@link List}. */
                class A {
                    static Object f(Map<String, String> m) {
                        throw new UnsupportedOperationException("TODO: build it");
                    }
                }
                """);
    }

    @Test
    void aSourceWithoutRegionsIsCopiedAsIsWithItsLineEndings() {
        String source = "class A {\r\n    int x;\r\n}";

        assertThat(StubGenerator.stub("A.java", source)).isEqualTo(source);
    }

    @Test
    void windowsLineEndingsAreKeptOnTheGeneratedThrow() {
        String solution = "class A {\r\n  int f() {\r\n    // BEGIN SOLUTION: one\r\n    return 1;\r\n"
                + "    // END SOLUTION\r\n  }\r\n}\r\n";

        assertThat(StubGenerator.stub("A.java", solution)).isEqualTo("class A {\r\n  int f() {\r\n"
                + "    throw new UnsupportedOperationException(\"TODO: one\");\r\n  }\r\n}\r\n");
    }

    @Test
    void anUnterminatedRegionIsAnErrorAtItsBeginLine() {
        String solution = "class A {\n  int f() {\n    // BEGIN SOLUTION: one\n    return 1;\n  }\n}\n";

        assertThatThrownBy(() -> StubGenerator.stub("solutions/x/A.java", solution))
                .isInstanceOf(StubRegionException.class)
                .hasMessage("solutions/x/A.java:3: BEGIN SOLUTION without an END SOLUTION");
    }

    @Test
    void aNestedRegionIsAnErrorAtTheInnerBeginLine() {
        String solution = "// BEGIN SOLUTION: outer\n// BEGIN SOLUTION\n// END SOLUTION\n// END SOLUTION\n";

        assertThatThrownBy(() -> StubGenerator.stub("A.java", solution))
                .isInstanceOf(StubRegionException.class)
                .hasMessage("A.java:2: BEGIN SOLUTION inside the region opened at line 1; regions do not nest");
    }

    @Test
    void anEndWithoutABeginIsAnError() {
        assertThatThrownBy(() -> StubGenerator.stub("A.java", "int x;\n// END SOLUTION\n"))
                .isInstanceOf(StubRegionException.class)
                .hasMessage("A.java:2: END SOLUTION without a BEGIN SOLUTION");
    }

    @Test
    void aColonWithoutTaskTextIsAnError() {
        assertThatThrownBy(() -> StubGenerator.stub("A.java", "// BEGIN SOLUTION:   \n// END SOLUTION\n"))
                .isInstanceOf(StubRegionException.class)
                .hasMessageStartingWith("A.java:1: BEGIN SOLUTION: needs the task text");
    }

    @Test
    void aMistypedMarkerIsAnErrorRatherThanSolutionCodeHandedOut() {
        String solution = "int f() {\n    /* BEGIN SOLUTION */\n    return 42;\n}\n";

        assertThatThrownBy(() -> StubGenerator.stub("A.java", solution))
                .isInstanceOf(StubRegionException.class)
                .hasMessageStartingWith("A.java:2: malformed solution marker");
    }
}
