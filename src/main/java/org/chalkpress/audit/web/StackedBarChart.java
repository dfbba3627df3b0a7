package org.chalkpress.audit.web;

import static org.chalkpress.platform.web.Html.attr;
import static org.chalkpress.platform.web.Html.text;

import java.util.List;
import java.util.Locale;

/**
 * A stacked bar chart drawn on the server as SVG: no script, sharp at any zoom, readable by screen readers
 * (each bar segment has a title; the page shows the same numbers as a table beside it).
 */
public final class StackedBarChart {

    /** One series (a clause), its colour, and its value for each bar. */
    public record Series(String name, String colour, int[] values) { }

    /** Colours that tell twelve series apart and keep 3:1 contrast on a light background. */
    public static final List<String> PALETTE = List.of("#1d4f73", "#b42318", "#2b7a78", "#8a4b00", "#6941c6",
            "#1c6b3a", "#c11574", "#475467", "#b54708", "#155eef", "#4e5ba6", "#7a2e0e");

    private static final int WIDTH = 720;
    private static final int HEIGHT = 260;
    private static final int LEFT = 40;
    private static final int BOTTOM = 40;
    private static final int TOP = 10;

    private StackedBarChart() {
    }

    public static String render(String title, List<String> barLabels, List<Series> series) {
        int bars = barLabels.size();
        int max = 1;
        for (int bar = 0; bar < bars; bar++) {
            int total = 0;
            for (Series s : series) {
                total += s.values()[bar];
            }
            max = Math.max(max, total);
        }
        double plotHeight = HEIGHT - BOTTOM - TOP;
        double slot = (WIDTH - LEFT - 10) / (double) Math.max(1, bars);
        double barWidth = slot * 0.7;
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"chart-title\" class=\"cp-chart\""
                        + " style=\"width:100%;max-width:").append(WIDTH).append("px;height:auto\">")
                .append("<title id=\"chart-title\">").append(text(title)).append("</title>");
        svg.append(line(LEFT, TOP + plotHeight, WIDTH - 10, TOP + plotHeight));
        svg.append(label(LEFT - 6, TOP + 10, "end", String.valueOf(max)));
        svg.append(label(LEFT - 6, TOP + plotHeight, "end", "0"));
        for (int bar = 0; bar < bars; bar++) {
            double x = LEFT + bar * slot + (slot - barWidth) / 2;
            double y = TOP + plotHeight;
            for (Series s : series) {
                int value = s.values()[bar];
                if (value == 0) {
                    continue;
                }
                double h = plotHeight * value / max;
                y -= h;
                svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" width=\"")
                        .append(fmt(barWidth)).append("\" height=\"").append(fmt(h)).append("\" fill=\"")
                        .append(attr(s.colour())).append("\"><title>").append(text(barLabels.get(bar))).append(": ")
                        .append(text(s.name())).append(' ').append(value).append("</title></rect>");
            }
            if (bars <= 16 || bar % 2 == 0) {
                svg.append(label(x + barWidth / 2, HEIGHT - BOTTOM + 16, "middle", barLabels.get(bar)));
            }
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"#667085\" stroke-width=\"1\"/>";
    }

    private static String label(double x, double y, String anchor, String value) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor
                + "\" font-size=\"11\" fill=\"#344054\">" + text(value) + "</text>";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
