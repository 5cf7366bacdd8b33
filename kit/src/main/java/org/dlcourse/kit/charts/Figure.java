package org.dlcourse.kit.charts;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * An x–y figure under construction: named series, optional logarithmic axes, a fixed size, saved as PNG or
 * SVG.
 *
 * <p>The figure is only a description until it is rendered; every {@link #chart()} or save renders it afresh
 * with XChart's default theme and fonts at the configured size (800 × 600 unless set), so the same
 * description gives the same picture. Mutable and not thread-safe, like any builder.
 */
public final class Figure {

    private final XYSeriesRenderStyle style;
    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();
    private int width = 800;
    private int height = 600;
    private boolean logX;
    private boolean logY;

    Figure(XYSeriesRenderStyle style, String title, String xLabel, String yLabel) {
        this.style = style;
        this.title = Objects.requireNonNull(title, "title");
        this.xLabel = Objects.requireNonNull(xLabel, "xLabel");
        this.yLabel = Objects.requireNonNull(yLabel, "yLabel");
    }

    /** Adds a series of points (x[i], y[i]); the arrays are copied, names must be unique within the figure. */
    public Figure series(String name, double[] x, double[] y) {
        Objects.requireNonNull(name, "name");
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("series '" + name + "' needs as many x as y values, at least one,"
                    + " but has " + x.length + " x and " + y.length + " y values");
        }
        if (series.stream().anyMatch(s -> s.name().equals(name))) {
            throw new IllegalArgumentException("the figure already has a series named '" + name + "'");
        }
        series.add(new Series(name, x.clone(), y.clone()));
        return this;
    }

    /** Draws the x axis on a logarithmic scale; every x value must then be positive. */
    public Figure logX() {
        logX = true;
        return this;
    }

    /** Draws the y axis on a logarithmic scale; every y value must then be positive. */
    public Figure logY() {
        logY = true;
        return this;
    }

    /** Sets the size of the saved image in pixels (for SVG, in user units). */
    public Figure size(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("the size must be positive, but was " + width + " × " + height);
        }
        this.width = width;
        this.height = height;
        return this;
    }

    /** Renders the description into a fresh XChart chart, for customisations this builder does not offer. */
    public XYChart chart() {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title)
                .xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        chart.getStyler().setDefaultSeriesRenderStyle(style);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setXAxisLogarithmic(logX);
        chart.getStyler().setYAxisLogarithmic(logY);
        for (Series s : series) {
            requirePositiveOnLogAxis(s.name(), "x", s.x(), logX);
            requirePositiveOnLogAxis(s.name(), "y", s.y(), logY);
            XYSeries added = chart.addSeries(s.name(), s.x(), s.y());
            if (style == XYSeriesRenderStyle.Line) {
                added.setMarker(SeriesMarkers.NONE);
            }
        }
        return chart;
    }

    /**
     * Writes the figure as a PNG to exactly {@code file} (which must end in {@code .png}), creating missing
     * parent directories.
     *
     * @return {@code file}
     */
    public Path savePng(Path file) throws IOException {
        XYChart chart = chart();
        try (OutputStream out = openForWriting(file, ".png")) {
            BitmapEncoder.saveBitmap(chart, out, BitmapFormat.PNG);
        }
        return file;
    }

    /**
     * Writes the figure as an SVG to exactly {@code file} (which must end in {@code .svg}), creating missing
     * parent directories.
     *
     * @return {@code file}
     */
    public Path saveSvg(Path file) throws IOException {
        XYChart chart = chart();
        try (OutputStream out = openForWriting(file, ".svg")) {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsFormat.SVG);
        }
        return file;
    }

    // XChart's file-name overloads append an extension of their own; writing to a stream keeps the caller's path.
    private static OutputStream openForWriting(Path file, String extension) throws IOException {
        String name = String.valueOf(file.getFileName());
        if (!name.toLowerCase(Locale.ROOT).endsWith(extension)) {
            throw new IllegalArgumentException("the file name must end in " + extension + ", but was " + file);
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return Files.newOutputStream(file);
    }

    private static void requirePositiveOnLogAxis(String name, String axis, double[] values, boolean logarithmic) {
        if (!logarithmic) {
            return;
        }
        for (double value : values) {
            if (!(value > 0.0)) {
                throw new IllegalArgumentException("series '" + name + "' has the " + axis + " value " + value
                        + ", which a logarithmic " + axis + " axis cannot show");
            }
        }
    }

    private record Series(String name, double[] x, double[] y) {
    }
}
