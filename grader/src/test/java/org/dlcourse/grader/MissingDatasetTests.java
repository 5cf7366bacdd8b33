package org.dlcourse.grader;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.dlcourse.kit.data.FashionMnistDownload;
import org.dlcourse.kit.data.FashionMnistLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A machine without Fashion-MNIST: a check of the exercises that read it stops before anything runs, naming the
 * exercises and every place looked in, instead of reporting the missing data as failed tests; exercises that read
 * no data set are checked as usual.
 */
class MissingDatasetTests {

    @TempDir
    Path temporary;

    /** No configured directory, an empty system directory and a download that cannot connect (port 9, discard). */
    private FashionMnistLocator nowhere() {
        return new FashionMnistLocator(Optional.of(temporary.resolve("configured")), temporary.resolve("system"),
                new FashionMnistDownload(URI.create("http://127.0.0.1:9/"), temporary.resolve("cache"),
                        FashionMnistDownload.official(temporary).checksums(), Duration.ofSeconds(5)));
    }

    @Test
    void aCheckOfExercisesThatReadFashionMnistStopsNamingThemAndEveryPlaceLookedIn() {
        Grader grader = new Grader(Fixtures.realCourse());
        GradeRequest all = GradeRequest.of(temporary);

        assertThatThrownBy(() -> grader.requireDatasets(all, nowhere()))
                .isInstanceOf(DatasetUnavailableException.class)
                .hasMessageStartingWith("02-sgd and 04-backprop read Fashion-MNIST, which this machine lacks:"
                        + " nothing was graded, as this is a problem of the machine, not of the code.")
                .hasMessageContaining(temporary.resolve("configured").toString())
                .hasMessageContaining(temporary.resolve("system").toString())
                .hasMessageContaining("http://127.0.0.1:9/");
        assertThatThrownBy(() -> grader.requireDatasets(all.withExercises(List.of("02-sgd")), nowhere()))
                .hasMessageStartingWith("02-sgd reads Fashion-MNIST");
    }

    @Test
    void anExerciseThatReadsNoDataSetIsCheckedWithoutIt() {
        Grader grader = new Grader(Fixtures.realCourse());

        assertThatCode(() -> grader.requireDatasets(GradeRequest.of(temporary).withExercises(List.of("01-softmax",
                "03-bias-variance")), nowhere())).doesNotThrowAnyException();
    }
}
