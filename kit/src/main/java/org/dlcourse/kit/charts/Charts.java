package org.dlcourse.kit.charts;

import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;

/** Starts lecture figures; see {@link Figure} for series, axes, size and saving. */
public final class Charts {

    private Charts() {
    }

    /** A figure whose series are drawn as lines without markers, e.g. a loss curve. */
    public static Figure line(String title, String xLabel, String yLabel) {
        return new Figure(XYSeriesRenderStyle.Line, title, xLabel, yLabel);
    }

    /** A figure whose series are drawn as markers without lines, e.g. a data set. */
    public static Figure scatter(String title, String xLabel, String yLabel) {
        return new Figure(XYSeriesRenderStyle.Scatter, title, xLabel, yLabel);
    }
}
