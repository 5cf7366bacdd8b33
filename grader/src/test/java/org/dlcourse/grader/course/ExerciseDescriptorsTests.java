package org.dlcourse.grader.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExerciseDescriptorsTests {

    private static final String REQUIRED = """
            "id": "07-thing", "title": "A thing", "packages": ["org.x"],
            "tasks": [{"id": "t", "title": "Do t"}],
            "forbiddenCalls": [{"call": "org.y.Z#w", "reason": "write it yourself"}]""";

    @Test
    void theGradersOptionalFieldsTakeTheirDefaultsWhenLeftOut() throws IOException {
        Exercise exercise = parse("{" + REQUIRED + "}");

        assertThat(exercise.id()).isEqualTo("07-thing");
        assertThat(exercise.forbiddenCalls()).singleElement()
                .satisfies(rule -> assertThat(rule.reason()).isEqualTo("write it yourself"));
        assertThat(exercise.limits()).isEqualTo(Limits.DEFAULT);
        assertThat(exercise.usesNd4j()).isTrue();
        assertThat(exercise.datasets()).isEmpty();
    }

    @Test
    void limitsLeftOutOfThePartGivenTakeTheirDefaults() throws IOException {
        Exercise exercise = parse("{" + REQUIRED + ", \"limits\": {\"testSeconds\": 5}, \"usesNd4j\": false}");

        assertThat(exercise.limits()).isEqualTo(new Limits(5, Limits.DEFAULT.exerciseSeconds(),
                Limits.DEFAULT.heapMegabytes(), Limits.DEFAULT.offHeapMegabytes()));
        assertThat(exercise.usesNd4j()).isFalse();
    }

    @Test
    void theDataSetsTheTestsReadAreNamedAndAnUnknownOneIsAnError() throws IOException {
        assertThat(parse("{" + REQUIRED + ", \"datasets\": [\"fashion-mnist\"]}").datasets())
                .containsExactly(Exercise.FASHION_MNIST);
        assertThatThrownBy(() -> parse("{" + REQUIRED + ", \"datasets\": [\"fashion-mnist-v2\"]}"))
                .hasMessageContaining("unknown data set 'fashion-mnist-v2'");
        assertThatThrownBy(() -> parse("{" + REQUIRED + ", \"datasets\": \"fashion-mnist\"}"))
                .hasMessageContaining("datasets must be an array");
    }

    @Test
    void aMisspeltLimitIsAnErrorRatherThanASilentDefault() {
        assertThatThrownBy(() -> parse("{" + REQUIRED + ", \"limits\": {\"testSecond\": 5}}"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("testSecond");
    }

    @Test
    void aTaskUsesOnlyTasksDeclaredBeforeIt() throws IOException {
        String tasks = "\"tasks\": [{\"id\": \"a\", \"title\": \"A\"}, "
                + "{\"id\": \"b\", \"title\": \"B\", \"uses\": [\"a\"]}]";
        Exercise exercise = parse("{\"id\": \"07-thing\", \"title\": \"T\", \"packages\": [\"org.x\"], " + tasks + "}");

        assertThat(exercise.tasks().get(0).uses()).isEmpty();
        assertThat(exercise.tasks().get(1).uses()).containsExactly("a");
        assertThatThrownBy(() -> parse("{\"id\": \"07-thing\", \"title\": \"T\", \"packages\": [\"org.x\"], "
                + "\"tasks\": [{\"id\": \"a\", \"title\": \"A\", \"uses\": [\"b\"]}, {\"id\": \"b\", \"title\": \"B\"}]}"))
                .hasMessageContaining("task a of 07-thing uses 'b', which is not a task declared before it");
    }

    @Test
    void aMissingRequiredFieldIsAnError() {
        assertThatThrownBy(() -> parse("{\"id\": \"07-thing\", \"packages\": [\"org.x\"], \"tasks\": []}"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("title");
    }

    private static Exercise parse(String json) throws IOException {
        return ExerciseDescriptors.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
