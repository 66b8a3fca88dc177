package nl.perspectief.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The benchmark's report: every figure beside its baseline of the same run and the ratio, the machine, the versions and
 * the date, as {@code index.html} with charts (PNG, JFreeChart) and as {@code report.md}, in one folder.
 */
final class Report {

    /**
     * One line of the table.
     *
     * @param baseline      what the same work costs done raw, measured in the same run; NaN when there is none
     * @param higherIsBetter for the ratio's sense: rates are better high, latencies low
     */
    record Row(String path, String figure, double value, String unit, String baselineName, double baseline,
               boolean higherIsBetter, String chart) {

        /** The path's figure as a share of the baseline's (rates), or how many times the baseline's (latencies). */
        double ratio() {
            return Double.isNaN(baseline) || baseline == 0 ? Double.NaN : value / baseline;
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final String mode;

    Report(String mode) {
        this.mode = mode;
        Runtime runtime = Runtime.getRuntime();
        environment.put("date", OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        environment.put("mode", mode);
        environment.put("machine", runtime.availableProcessors() + " cores, " + memoryOfTheMachine() + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        environment.put("cpu", cpuModel());
        environment.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        environment.put("project", System.getProperty("perspectief.project.version", "?") + " at commit " + commit());
        environment.put("PostgreSQL", "embedded binaries (zonky), fsync on, synchronous_commit on: every figure durable");
    }

    void add(Row row) {
        rows.add(row);
    }

    void note(String note) {
        notes.add(note);
    }

    void environment(String name, String value) {
        environment.put(name, value);
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    /** Writes index.html, report.md and the charts into the folder; answers the HTML's path. */
    Path write(Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<String, List<Row>> charts = new LinkedHashMap<>();
        rows.stream().filter(row -> row.chart() != null).forEach(row ->
                charts.computeIfAbsent(row.chart(), name -> new ArrayList<>()).add(row));
        List<String> images = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<Row>> chart : charts.entrySet()) {
            String file = "chart-" + (++n) + ".png";
            chart(chart.getKey(), chart.getValue(), folder.resolve(file));
            images.add(file);
        }
        Files.writeString(folder.resolve("report.md"), markdown());
        Path html = folder.resolve("index.html");
        Files.writeString(html, html(images, new ArrayList<>(charts.keySet())));
        return html;
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Benchmark report (" + mode + ")\n\n");
        environment.forEach((name, value) -> md.append("- **").append(name).append("**: ").append(value).append('\n'));
        md.append("\n| path | figure | value | baseline | baseline value | ratio |\n|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            md.append("| ").append(row.path()).append(" | ").append(row.figure()).append(" | ")
                    .append(number(row.value())).append(' ').append(row.unit()).append(" | ")
                    .append(row.baselineName() == null ? "none" : row.baselineName()).append(" | ")
                    .append(Double.isNaN(row.baseline()) ? "–" : number(row.baseline()) + " " + row.unit()).append(" | ")
                    .append(ratio(row)).append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(note -> md.append("- ").append(note).append('\n'));
        }
        return md.toString();
    }

    private String html(List<String> images, List<String> titles) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Benchmark report</title>
                <style>body{font-family:sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse}
                td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}td.n{text-align:right}
                img{max-width:100%;border:1px solid #eee;margin:.5rem 0}</style></head><body>
                """);
        html.append("<h1>Benchmark report (").append(escape(mode)).append(")</h1><dl>");
        environment.forEach((name, value) -> html.append("<dt>").append(escape(name)).append("</dt><dd>")
                .append(escape(value)).append("</dd>"));
        html.append("</dl><table><tr><th>path</th><th>figure</th><th>value</th><th>baseline</th><th>baseline value</th>"
                + "<th>ratio</th></tr>");
        for (Row row : rows) {
            html.append("<tr><td>").append(escape(row.path())).append("</td><td>").append(escape(row.figure()))
                    .append("</td><td class=n>").append(number(row.value())).append(' ').append(escape(row.unit()))
                    .append("</td><td>").append(escape(row.baselineName() == null ? "none" : row.baselineName()))
                    .append("</td><td class=n>").append(Double.isNaN(row.baseline()) ? "–"
                            : number(row.baseline()) + " " + escape(row.unit()))
                    .append("</td><td class=n>").append(escape(ratio(row))).append("</td></tr>");
        }
        html.append("</table>");
        if (!notes.isEmpty()) {
            html.append("<ul>");
            notes.forEach(note -> html.append("<li>").append(escape(note)).append("</li>"));
            html.append("</ul>");
        }
        for (int i = 0; i < images.size(); i++) {
            html.append("<h2>").append(escape(titles.get(i))).append("</h2><img src=\"").append(images.get(i))
                    .append("\" alt=\"").append(escape(titles.get(i))).append("\">");
        }
        return html.append("</body></html>\n").toString();
    }

    private static void chart(String title, List<Row> rows, Path file) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Row row : rows) {
            String category = row.figure();
            data.addValue(row.value(), "the platform", category);
            if (!Double.isNaN(row.baseline())) {
                data.addValue(row.baseline(), "baseline", category);
            }
        }
        String unit = rows.getFirst().unit();
        JFreeChart chart = ChartFactory.createBarChart(title, null, unit, data, PlotOrientation.HORIZONTAL, true, false,
                false);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 900, Math.max(260, 90 + 55 * rows.size()));
    }

    private static String ratio(Row row) {
        double ratio = row.ratio();
        if (Double.isNaN(ratio)) {
            return "–";
        }
        return row.higherIsBetter() ? String.format(Locale.ROOT, "%.1f%% of it", ratio * 100)
                : String.format(Locale.ROOT, "%.2f×", ratio);
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String memoryOfTheMachine() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.round(os.getTotalMemorySize() / 1024.0 / 1024 / 1024) + " GiB RAM";
        }
        return "? RAM";
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .findFirst().map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("?");
        } catch (IOException | RuntimeException unreadable) {
            return "?";
        }
    }

    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes()).strip();
            return git.waitFor() == 0 ? out : "?";
        } catch (IOException | InterruptedException unknown) {
            return "?";
        }
    }
}
