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

    /** The histogram of {@code exercise}'s scores: one bar per point value, or per bin of equal width. */
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
        chart.addSeries("submissions", labels, counts);
        return chart;
    }

    /** The pass rate of each of {@code exercise}'s tests, in percent, in report order. */
    static CategoryChart passRates(ExerciseStatistics exercise) {
        List<String> labels = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        for (TestStatistics test : exercise.tests()) {
            String label = (test.suite().equals("hidden") ? "[h] " : "[p] ") + test.shortName();
            labels.add(label.length() > 48 ? label.substring(0, 47) + "…" : label);
            rates.add(100 * test.passRate());
        }
        CategoryChart chart = new CategoryChartBuilder().width(Math.max(800, 28 * labels.size() + 200)).height(700)
                .title(exercise.exercise() + ": pass rate per test ([p] public, [h] hidden)")
                .xAxisTitle("test").yAxisTitle("passed (%)").build();
        style(chart);
        chart.getStyler().setXAxisLabelRotation(75);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        chart.addSeries("pass rate", labels, rates);
        return chart;
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
