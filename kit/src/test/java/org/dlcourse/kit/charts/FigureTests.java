package org.dlcourse.kit.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.None;

class FigureTests {

    @TempDir
    Path directory;

    private static final double[] EPOCHS = IntStream.rangeClosed(1, 20).asDoubleStream().toArray();

    private static Figure lossCurves() {
        double[] train = IntStream.rangeClosed(1, 20).mapToDouble(e -> 2.0 / e).toArray();
        double[] test = IntStream.rangeClosed(1, 20).mapToDouble(e -> 2.2 / Math.sqrt(e)).toArray();
        return Charts.line("Loss", "epoch", "cross-entropy").series("train", EPOCHS, train)
                .series("test", EPOCHS, test).logY();
    }

    @Test
    void writesAPngOfTheRequestedSizeIntoNewDirectories() throws IOException {
        Path file = directory.resolve("figures/lecture-3/loss.png");
        assertThat(lossCurves().size(640, 480).savePng(file)).isEqualTo(file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(480);
    }

    @Test
    void writesAnSvgAtExactlyTheGivenPath() throws IOException {
        Path file = directory.resolve("svg/loss.svg");
        lossCurves().size(640, 480).saveSvg(file);
        String svg = Files.readString(file, StandardCharsets.UTF_8).stripLeading();
        assertThat(svg).satisfiesAnyOf(s -> assertThat(s).startsWith("<?xml"), s -> assertThat(s).startsWith("<svg"));
        assertThat(svg).contains("<svg").contains("640").contains("480");
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing).containsExactly(file);
        }
    }

    @Test
    void theSameDescriptionGivesTheSameFiles() throws IOException {
        Path png1 = lossCurves().savePng(directory.resolve("a.png"));
        Path png2 = lossCurves().savePng(directory.resolve("b.png"));
        Path svg1 = lossCurves().saveSvg(directory.resolve("a.svg"));
        Path svg2 = lossCurves().saveSvg(directory.resolve("b.svg"));
        assertThat(Files.readAllBytes(png1)).isEqualTo(Files.readAllBytes(png2));
        assertThat(Files.readAllBytes(svg1)).isEqualTo(Files.readAllBytes(svg2));
        Path other = Charts.line("Loss", "epoch", "cross-entropy").series("train", EPOCHS, EPOCHS)
                .savePng(directory.resolve("c.png"));
        assertThat(Files.readAllBytes(other)).isNotEqualTo(Files.readAllBytes(png1));
    }

    @Test
    void scatterFiguresSaveToo() throws IOException {
        double[] x = {0.1, 0.4, 0.5, 0.9};
        double[] y = {1.0, 0.2, 0.7, 0.3};
        Figure scatter = Charts.scatter("Data", "x₁", "x₂").series("class 0", x, y).size(300, 200);
        assertThat(ImageIO.read(scatter.savePng(directory.resolve("data.png")).toFile()).getWidth()).isEqualTo(300);
        assertThat(Files.size(scatter.saveSvg(directory.resolve("data.svg")))).isPositive();
    }

    @Test
    void lineFiguresDrawLinesWithoutMarkersScatterFiguresDrawMarkers() {
        XYChart line = lossCurves().chart();
        assertThat(line.getStyler().getDefaultSeriesRenderStyle()).isEqualTo(XYSeriesRenderStyle.Line);
        assertThat(line.getSeriesMap().get("train").getMarker()).isInstanceOf(None.class);
        assertThat(line.getStyler().isYAxisLogarithmic()).isTrue();
        assertThat(line.getStyler().isXAxisLogarithmic()).isFalse();
        XYChart scatter = Charts.scatter("s", "x", "y").series("p", new double[] {1}, new double[] {2}).chart();
        assertThat(scatter.getStyler().getDefaultSeriesRenderStyle()).isEqualTo(XYSeriesRenderStyle.Scatter);
        // XChart assigns the theme's markers when the chart is painted.
        BitmapEncoder.getBufferedImage(scatter);
        assertThat(scatter.getSeriesMap().get("p").getMarker()).isNotNull().isNotInstanceOf(None.class);
    }

    @Test
    void rejectsWrongExtensionsWithoutWritingAnything() throws IOException {
        assertThatThrownBy(() -> lossCurves().savePng(directory.resolve("loss.svg")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".png");
        assertThatThrownBy(() -> lossCurves().saveSvg(directory.resolve("loss")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".svg");
        try (var listing = Files.list(directory)) {
            assertThat(listing).isEmpty();
        }
    }

    @Test
    void rejectsBadSeriesAndSizes() {
        Figure figure = Charts.line("t", "x", "y").series("a", new double[] {1, 2}, new double[] {3, 4});
        assertThatThrownBy(() -> figure.series("b", new double[] {1, 2}, new double[] {3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'b'");
        assertThatThrownBy(() -> figure.series("a", new double[] {1}, new double[] {3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already");
        assertThatThrownBy(() -> figure.series("c", new double[0], new double[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> figure.size(0, 10)).isInstanceOf(IllegalArgumentException.class);
        Figure logX = Charts.line("t", "x", "y").series("starts at zero", new double[] {0, 1}, new double[] {1, 2})
                .logX();
        assertThatThrownBy(logX::chart).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'starts at zero'").hasMessageContaining("x value 0.0");
    }

    @Test
    void seriesArraysAreCopied() {
        double[] y = {1, 2, 3};
        Figure figure = Charts.line("t", "x", "y").series("a", new double[] {1, 2, 3}, y);
        y[0] = 100;
        assertThat(figure.chart().getSeriesMap().get("a").getYData()[0]).isEqualTo(1.0);
    }
}
