/**
 * Lecture figures: a small builder over XChart for line and scatter plots, saved as PNG or SVG at a fixed
 * size so that regenerating a figure gives the same file.
 *
 * <p>Entry points: {@link org.dlcourse.kit.charts.Charts#line(String, String, String)} and
 * {@link org.dlcourse.kit.charts.Charts#scatter(String, String, String)}.
 */
package org.dlcourse.kit.charts;
