package io.kopilka.web.layout;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart as the pages' script {@code /js/charts.js} draws it with Chart.js: the page writes it as JSON into a
 * canvas's {@code data-chart} attribute (no inline script, so a Content-Security-Policy without 'unsafe-inline'
 * allows it) and shows the same figures in a table as the chart's text alternative.
 *
 * @param type       Chart.js's chart type: bar, line or doughnut
 * @param labels     the points along the axis (or the slices), in the reader's language
 * @param datasets   the series, each a label and its figures (see {@link #dataset}), coloured in this order
 * @param percent    puts the value scale at 0–100 %
 * @param horizontal lays the bars out as rows, for long labels
 */
public record ChartData(String type, List<String> labels, List<Map<String, Object>> datasets, boolean percent,
                        boolean horizontal) {

    /** Copies the labels and the series. */
    public ChartData {
        labels = List.copyOf(labels);
        datasets = List.copyOf(datasets);
    }

    /** One series: its name and its figures, decimals as plain numbers (a missing figure, null, leaves a gap). */
    public static Map<String, Object> dataset(String label, List<?> data) {
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("label", label);
        dataset.put("data", data.stream().map(v -> v instanceof BigDecimal d ? d.doubleValue() : v).toList());
        return dataset;
    }

    /** The chart as the JSON for the data-chart attribute. */
    public String json(JsonMapper json) {
        return json.writeValueAsString(this);
    }
}
