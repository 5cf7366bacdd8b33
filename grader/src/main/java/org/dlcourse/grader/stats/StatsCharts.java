package org.dlcourse.grader.stats;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * The class statistics as PNG figures (XChart bar charts, the library of the kit's {@code charts} package, whose
 * builder draws x–y figures only): per exercise a histogram of the scores and the pass rate of every test.
 */
public final class StatsCharts {

    /** At most this many bars in a score histogram; wider exercises are binned. */
    static final int MAX_BINS = 16;

    private StatsCharts() {
    }

    /**
     * Writes {@code <exercise>-scores.png} and {@code <exercise>-tests.png} for every exercise into {@code directory}.
     *
     * @return the files written
     */
    public static List<Path> write(ClassStatistics statistics, Path directory) throws IOException {
        Files.createDirectories(directory);
        List<Path> written = new ArrayList<>();
        for (ExerciseStatistics exercise : statistics.exercises()) {
            Path scores = directory.resolve(exercise.exercise() + "-scores.png");
            save(histogram(exercise), scores);
            written.add(scores);
            if (!exercise.tests().isEmpty()) {
                Path tests = directory.resolve(exercise.exercise() + "-tests.png");
                save(passRates(exercise), tests);
                written.add(tests);
            }
        }
        return written;
    }

    /** Pixels per character of a rotated test label, the chart's tick-label font (12 pt) with room to spare. */
    private static final int LABEL_CHARACTER_PIXELS = 8;

    /**
     * The histogram of {@code exercise}'s scores: one bar per point value, or per bin of equal width. The count axis
     * has whole-number ticks only: a tick step of at least one submission, and no label on a fractional tick.
     */
    static CategoryChart histogram(ExerciseStatistics exercise) {
        int max = exercise.maxScore();
        int width = Math.max(1, (max + MAX_BINS) / MAX_BINS);
        List<String> labels = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (int low = 0; low <= max; low += width) {
            int high = Math.min(max, low + width - 1);
            int from = low;
            labels.add(low == high ? Integer.toString(low) : low + "-" + high);
            counts.add((int) exercise.scores().stream().filter(score -> score >= from && score <= high).count());
        }
        CategoryChart chart = new CategoryChartBuilder().width(800).height(500)
                .title(exercise.exercise() + ": scores of " + exercise.scores().size() + " submissions (max "
                        + max + ")")
                .xAxisTitle("points").yAxisTitle("submissions").build();
        style(chart);
        int highest = Math.max(1, counts.stream().mapToInt(Integer::intValue).max().orElse(0));
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax((double) highest);
        // XChart steps ticks by 1, 2 or 5 times a power of ten, near (span / plot height) * spacing hint; a hint of
        // at least the chart's height per submission makes that step at least 1, hence whole.
        chart.getStyler().setYAxisTickMarkSpacingHint(Math.max(chart.getStyler().getYAxisTickMarkSpacingHint(),
                (chart.getHeight() + highest - 1) / highest));
        chart.getStyler().setyAxisTickLabelsFormattingFunction(StatsCharts::wholeCount);
        chart.addSeries("submissions", labels, counts);
        return chart;
    }

    /** {@code value} as a whole number of submissions, or no label where a tick falls between two. */
    static String wholeCount(double value) {
        return value == Math.rint(value) ? Long.toString(Math.round(value)) : "";
    }

    /**
     * The pass rate of each of {@code exercise}'s tests among the students who started it, in percent, in report
     * order, labelled in full with suite, class and method (and the parameters where two tests share both).
     */
    static CategoryChart passRates(ExerciseStatistics exercise) {
        List<String> labels = labels(exercise.tests());
        List<Double> rates = new ArrayList<>();
        for (TestStatistics test : exercise.tests()) {
            rates.add(100 * test.passRate());
        }
        int longest = labels.stream().mapToInt(String::length).max().orElse(0);
        CategoryChart chart = new CategoryChartBuilder().width(Math.max(800, 28 * labels.size() + 200))
                .height(400 + LABEL_CHARACTER_PIXELS * longest)
                .title(exercise.exercise() + ": pass rate per test among students who started it ([p] public,"
                        + " [h] hidden)")
                .xAxisTitle("test").yAxisTitle("passed (%)").build();
        style(chart);
        chart.getStyler().setXAxisLabelRotation(90);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        chart.addSeries("pass rate", labels, rates);
        return chart;
    }

    /**
     * One distinct label per test: {@code [h] Class.method}, with the parameters where two tests share that, and a
     * number where even the display names are alike.
     */
    static List<String> labels(List<TestStatistics> tests) {
        List<String> labels = new ArrayList<>();
        for (TestStatistics test : tests) {
            String suite = test.suite().equals("hidden") ? "[h] " : "[p] ";
            boolean shared = tests.stream().filter(other -> other.suite().equals(test.suite())
                    && other.classAndMethod().equals(test.classAndMethod())).count() > 1;
            int parameters = test.name().indexOf('(', Math.max(0, test.name().lastIndexOf(" > ")));
            String label = suite + test.classAndMethod()
                    + (shared && parameters >= 0 ? test.name().substring(parameters) : "");
            long same = labels.stream().filter(other -> other.equals(label)
                    || other.startsWith(label + " #")).count();
            labels.add(same == 0 ? label : label + " #" + (same + 1));
        }
        return labels;
    }

    private static void style(CategoryChart chart) {
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setLegendPosition(LegendPosition.InsideNE);
        chart.getStyler().setSeriesColors(new Color[] {new Color(0x1f77b4)});
    }

    private static void save(CategoryChart chart, Path file) throws IOException {
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapFormat.PNG);
    }
}
