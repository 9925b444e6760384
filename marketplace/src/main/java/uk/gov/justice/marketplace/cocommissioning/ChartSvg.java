package uk.gov.justice.marketplace.cocommissioning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A horizontal bar chart drawn on the server as SVG, so it shows without JavaScript: one group of bars per row (a
 * funder, a quarter), one bar per series (committed, spent, contribution), each labelled with its figure. The SVG is
 * an image to assistive technology ({@code role="img"}, named by its title and described by its description); the
 * page puts the same figures in a table beside it. Every text is escaped here, since the page inserts the SVG as
 * markup.
 */
final class ChartSvg {

    /** One row of the chart: its label and a value per series, in the order the series are named. */
    record Row(String label, List<BigDecimal> values, List<String> shownValues) {

        Row {
            values = List.copyOf(values);
            shownValues = List.copyOf(shownValues);
            if (values.size() != shownValues.size()) {
                throw new IllegalArgumentException("A row shows one figure per value");
            }
        }
    }

    /** The chart as the page describes it: its accessible name, its description and the series' names. */
    record Chart(String id, String title, String description, List<String> series, List<Row> rows) {

        Chart {
            series = List.copyOf(series);
            rows = List.copyOf(rows);
            if (!id.matches("[a-z][a-z0-9-]*")) {
                throw new IllegalArgumentException("A chart's id is lower-case letters, digits and hyphens");
            }
            int seriesCount = series.size();
            if (rows.stream().anyMatch(row -> row.values().size() != seriesCount)) {
                throw new IllegalArgumentException("Every row has one value per series");
            }
        }
    }

    /** GOV.UK colours far enough apart for colour-blind readers; the legend and the figures say the same. */
    private static final List<String> COLOURS = List.of("#1d70b8", "#00703c", "#f47738", "#4c2c92", "#d4351c");

    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 180;
    private static final int FIGURE_WIDTH = 110;
    private static final int BAR_HEIGHT = 18;
    private static final int GAP = 14;
    private static final int LEGEND_HEIGHT = 30;

    private ChartSvg() {}

    static String render(Chart chart) {
        BigDecimal largest = chart.rows().stream()
                .flatMap(row -> row.values().stream())
                .map(BigDecimal::abs)
                .max(BigDecimal::compareTo)
                .filter(max -> max.signum() > 0)
                .orElse(BigDecimal.ONE);
        int barSpace = WIDTH - LABEL_WIDTH - FIGURE_WIDTH;
        int groupHeight = chart.series().size() * BAR_HEIGHT + GAP;
        int height = LEGEND_HEIGHT + Math.max(1, chart.rows().size()) * groupHeight;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-chart\" role=\"img\" width=\"100%\"")
                .append(" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append('"')
                .append(" aria-labelledby=\"")
                .append(chart.id())
                .append("-title ")
                .append(chart.id())
                .append("-desc\">")
                .append("<title id=\"")
                .append(chart.id())
                .append("-title\">")
                .append(escaped(chart.title()))
                .append("</title>")
                .append("<desc id=\"")
                .append(chart.id())
                .append("-desc\">")
                .append(escaped(chart.description()))
                .append("</desc>");
        for (int s = 0; s < chart.series().size(); s++) {
            int x = LABEL_WIDTH + s * 150;
            svg.append("<rect x=\"")
                    .append(x)
                    .append("\" y=\"6\" width=\"14\" height=\"14\" fill=\"")
                    .append(colour(s))
                    .append("\"/>")
                    .append("<text x=\"")
                    .append(x + 20)
                    .append("\" y=\"18\" font-size=\"14\">")
                    .append(escaped(chart.series().get(s)))
                    .append("</text>");
        }
        for (int r = 0; r < chart.rows().size(); r++) {
            Row row = chart.rows().get(r);
            int top = LEGEND_HEIGHT + r * groupHeight;
            svg.append("<text x=\"0\" y=\"")
                    .append(top + BAR_HEIGHT - 4)
                    .append("\" font-size=\"14\">")
                    .append(escaped(row.label()))
                    .append("</text>");
            for (int s = 0; s < chart.series().size(); s++) {
                int y = top + s * BAR_HEIGHT;
                int length = row.values()
                        .get(s)
                        .abs()
                        .multiply(BigDecimal.valueOf(barSpace))
                        .divide(largest, 0, RoundingMode.HALF_UP)
                        .intValueExact();
                svg.append("<rect x=\"")
                        .append(LABEL_WIDTH)
                        .append("\" y=\"")
                        .append(y + 1)
                        .append("\" width=\"")
                        .append(length)
                        .append("\" height=\"")
                        .append(BAR_HEIGHT - 2)
                        .append("\" fill=\"")
                        .append(colour(s))
                        .append("\"/>")
                        .append("<text x=\"")
                        .append(LABEL_WIDTH + length + 6)
                        .append("\" y=\"")
                        .append(y + BAR_HEIGHT - 4)
                        .append("\" font-size=\"13\">")
                        .append(escaped(row.shownValues().get(s)))
                        .append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String colour(int series) {
        return COLOURS.get(series % COLOURS.size());
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
