package dev.groundwork.api.cli;

import dev.groundwork.query.linkprediction.EpochReport;
import dev.groundwork.query.linkprediction.TrainingHistory;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * {@code train linkpred --plot FILE.svg}: the loss and the valid MRR by epoch as a self-contained SVG (two panels, no
 * script, no external font). Stateless.
 */
final class TrainingPlot {
    private static final int WIDTH = 640;
    private static final int PANEL = 220;
    private static final int LEFT = 60;
    private static final int TOP = 30;

    private TrainingPlot() {}

    static String svg(TrainingHistory history) {
        List<EpochReport> epochs = history.epochs();
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(2 * PANEL + 2 * TOP + 20)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n")
                .append("<title>Training curves: loss and valid MRR by epoch</title>\n");
        panel(sb, epochs, "loss", EpochReport::loss, 0, "#1f77b4");
        List<EpochReport> validated = epochs.stream().filter(e -> e.validMrr().isPresent()).toList();
        panel(sb, validated, "valid MRR", e -> e.validMrr().getAsDouble(), PANEL + TOP, "#d62728");
        return sb.append("</svg>\n").toString();
    }

    private static void panel(StringBuilder sb, List<EpochReport> points, String name, ToDoubleFunction<EpochReport> value, int y0,
                              String colour) {
        int plotWidth = WIDTH - LEFT - 20;
        int plotHeight = PANEL - 40;
        int top = y0 + TOP;
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", LEFT, top - 8, name));
        sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>%n",
                LEFT, top, plotWidth, plotHeight));
        if (points.isEmpty()) {
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">not measured</text>%n", LEFT + 10, top + plotHeight / 2));
            return;
        }
        double min = points.stream().mapToDouble(value).min().orElse(0);
        double max = points.stream().mapToDouble(value).max().orElse(1);
        if (max - min < 1e-12) {
            max = min + 1;
        }
        int first = points.getFirst().epoch();
        int last = Math.max(points.getLast().epoch(), first + 1);
        StringBuilder line = new StringBuilder();
        for (EpochReport e : points) {
            double x = LEFT + plotWidth * (e.epoch() - first) / (double) (last - first);
            double y = top + plotHeight * (1 - (value.applyAsDouble(e) - min) / (max - min));
            line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            sb.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>%n", x, y, colour));
        }
        sb.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                line.toString().strip(), colour));
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%.4g</text>%n", LEFT - 4, top + 10, max));
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%.4g</text>%n", LEFT - 4, top + plotHeight, min));
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">epoch %d</text>%n", LEFT, top + plotHeight + 15, first));
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">epoch %d</text>%n", LEFT + plotWidth,
                top + plotHeight + 15, points.getLast().epoch()));
    }
}
