package org.dlcourse.grader.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;

/** The figures of {@code grader stats} are for reading values off: whole counts, every test named apart in full. */
class StatsChartsTests {

    private static TestStatistics test(String suite, String name) {
        return new TestStatistics("01-softmax", "[engine:junit-jupiter]/" + name, name, suite, "softmax", "", 3, 2, 1);
    }

    @Test
    void testsOfTwoClassesWithOneMethodNameGetTwoLabelsWithTheirClasses() {
        List<String> labels = StatsCharts.labels(List.of(
                test("hidden", "SoftmaxProperties > agreesWithTheDefinition(INDArray)"),
                test("hidden", "LogSoftmaxProperties > agreesWithTheDefinition(INDArray)"),
                test("hidden", "SoftmaxHiddenTests > overflows(double)"),
                test("hidden", "SoftmaxHiddenTests > overflows(float)"),
                test("public", "SoftmaxExamplesTests > smallRow()")));

        assertThat(labels).containsExactly("[h] SoftmaxProperties.agreesWithTheDefinition",
                "[h] LogSoftmaxProperties.agreesWithTheDefinition", "[h] SoftmaxHiddenTests.overflows(double)",
                "[h] SoftmaxHiddenTests.overflows(float)", "[p] SoftmaxExamplesTests.smallRow");
    }

    @Test
    void fortyNineTestsGetFortyNineDistinctUntruncatedLabelsAndRoomForTheLongest() {
        List<TestStatistics> tests = new ArrayList<>();
        for (int i = 0; i < 49; i++) {
            tests.add(test(i % 2 == 0 ? "hidden" : "public", "EquivarianceProperties > liftingConvolutionCommutesWith"
                    + "TheRotationOfTheInputByQuarterTurns" + i + "(int)"));
        }
        ExerciseStatistics exercise = new ExerciseStatistics("08-equivariance", 64, List.of(10, 64),
                Map.of("graded", 2), tests, List.of());

        List<String> labels = StatsCharts.labels(tests);
        CategoryChart chart = StatsCharts.passRates(exercise);

        assertThat(labels).doesNotHaveDuplicates().allSatisfy(label -> assertThat(label).doesNotContain("…"));
        assertThat(labels.get(48))
                .isEqualTo("[h] EquivarianceProperties.liftingConvolutionCommutesWithTheRotationOfTheInputByQuarterTurns48");
        assertThat(chart.getStyler().getXAxisLabelRotation()).isEqualTo(90);
        int longest = labels.stream().mapToInt(String::length).max().orElseThrow();
        assertThat(chart.getHeight()).as("the plot keeps 400 px beside the rotated labels")
                .isGreaterThanOrEqualTo(400 + 8 * longest);
        assertThat(chart.getWidth()).as("28 px per bar").isGreaterThanOrEqualTo(28 * 49);
    }

    @Test
    void theHistogramCountsWholeSubmissions() {
        ExerciseStatistics exercise = new ExerciseStatistics("01-softmax", 64, List.of(0, 64, 64), Map.of("graded", 3),
                List.of(), List.of());

        CategoryChart chart = StatsCharts.histogram(exercise);

        assertThat(chart.getStyler().getYAxisMin()).isEqualTo(0.0);
        assertThat(chart.getStyler().getYAxisMax()).isEqualTo(2.0);
        assertThat(chart.getStyler().getYAxisTickMarkSpacingHint()).as("a tick step of at least one submission")
                .isGreaterThanOrEqualTo(chart.getHeight() / 2);
        assertThat(List.of(0.0, 0.5, 1.0, 1.5, 2.0)).map(chart.getStyler().getyAxisTickLabelsFormattingFunction())
                .containsExactly("0", "", "1", "", "2");
    }
}
