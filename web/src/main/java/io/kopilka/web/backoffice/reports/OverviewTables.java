package io.kopilka.web.backoffice.reports;

import static io.kopilka.web.layout.ChartData.dataset;

import io.kopilka.reporting.MonthFigures;
import io.kopilka.reporting.Overview;
import io.kopilka.reporting.SegmentFigures;
import io.kopilka.reporting.TierShare;
import io.kopilka.web.layout.ChartData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The overview's tables, defined once for the page and the CSV export, so every table on the page downloads exactly
 * as shown (with raw numbers). Each chart is drawn from its table's figures, so the table is the chart's text
 * alternative.
 */
@Component
class OverviewTables {

    /** The tables by the name used in their CSV address, in page order. */
    static final List<String> NAMES = List.of("summary", "points", "purchases", "tiers", "segments");

    private final MessageSource messages;
    private final JsonMapper json;

    OverviewTables(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    List<ReportTable> all(Overview overview, Locale locale) {
        return NAMES.stream().map(name -> table(name, overview, locale)).toList();
    }

    ReportTable table(String name, Overview overview, Locale locale) {
        Texts t = new Texts(locale);
        return switch (name) {
            case "summary" -> summary(overview, t);
            case "points" -> points(overview, t);
            case "purchases" -> purchases(overview, t);
            case "tiers" -> tiers(overview, t);
            case "segments" -> segments(overview, t);
            default -> throw new IllegalArgumentException("No report table " + name);
        };
    }

    private ReportTable summary(Overview o, Texts t) {
        MonthFigures sum = o.totals();
        var days = o.freshness().daysUpTo();
        var asOf = o.freshness().snapshotAsOf();
        List<List<?>> rows = new ArrayList<>();
        rows.add(row(t.get("reports.figure.members"), o.members(), asOf));
        rows.add(row(t.get("reports.figure.newMembers"), sum.newMembers(), days));
        rows.add(row(t.get("reports.figure.activeAccounts"), o.activeAccounts(), asOf));
        rows.add(row(t.get("reports.figure.activeShare"), o.activeShare().percent(), asOf));
        rows.add(row(t.get("reports.figure.identifiedShare"), sum.identifiedShare().percent(), days));
        rows.add(row(t.get("reports.figure.repeatShare"), sum.repeatShare().percent(), days));
        rows.add(row(t.get("reports.figure.revenue"), sum.revenue(), days));
        rows.add(row(t.get("reports.figure.pointsAccrued"), sum.pointsAccrued(), days));
        rows.add(row(t.get("reports.figure.pointsRedeemed"), sum.pointsRedeemed(), days));
        rows.add(row(t.get("reports.figure.pointsExpired"), sum.pointsExpired(), days));
        rows.add(row(t.get("reports.figure.spentShare"), sum.spentShare().percent(), days));
        rows.add(row(t.get("reports.figure.crossNetworkShare"), sum.crossNetworkShare().percent(), days));
        // The chart compares the period's shares, the figures a programme is judged by; the counts stay in the table.
        List<String> shares = List.of("reports.figure.activeShare", "reports.figure.identifiedShare",
                "reports.figure.repeatShare", "reports.figure.spentShare", "reports.figure.crossNetworkShare");
        List<@Nullable BigDecimal> percents = Arrays.asList(o.activeShare().percent(), sum.identifiedShare().percent(),
                sum.repeatShare().percent(), sum.spentShare().percent(), sum.crossNetworkShare().percent());
        String chart = write(new ChartData("bar", shares.stream().map(t::get).toList(),
                List.of(dataset(t.get("reports.col.value"), percents)), true, true));
        return new ReportTable("summary", t.get("reports.table.summary"),
                t.all("reports.col.figure", "reports.col.value", "reports.col.asOf"), rows, chart);
    }

    private ReportTable points(Overview o, Texts t) {
        List<List<?>> rows = o.months().stream().<List<?>>map(m -> row(m.month(), m.pointsAccrued(),
                m.pointsRedeemed(), m.pointsExpired(), m.spentShare().percent(), m.redeemedCrossNetwork(),
                m.crossNetworkShare().percent())).toList();
        String chart = chart("bar", o.months(), t, List.of(
                Map.entry("reports.col.pointsAccrued", MonthFigures::pointsAccrued),
                Map.entry("reports.col.pointsRedeemed", MonthFigures::pointsRedeemed),
                Map.entry("reports.col.pointsExpired", MonthFigures::pointsExpired)), false);
        return new ReportTable("points", t.get("reports.table.points"),
                t.all("reports.col.month", "reports.col.pointsAccrued", "reports.col.pointsRedeemed",
                        "reports.col.pointsExpired", "reports.col.spentShare", "reports.col.crossNetwork",
                        "reports.col.crossNetworkShare"), rows, chart);
    }

    private ReportTable purchases(Overview o, Texts t) {
        List<List<?>> rows = o.months().stream().<List<?>>map(m -> row(m.month(), m.newMembers(), m.orders(),
                m.identifiedOrders(), m.identifiedShare().percent(), m.repeatOrders(), m.repeatShare().percent(),
                m.revenue())).toList();
        String chart = chart("line", o.months(), t, List.of(
                Map.entry("reports.col.identifiedShare", m -> m.identifiedShare().percent()),
                Map.entry("reports.col.repeatShare", m -> m.repeatShare().percent())), true);
        return new ReportTable("purchases", t.get("reports.table.purchases"),
                t.all("reports.col.month", "reports.col.newMembers", "reports.col.orders", "reports.col.identified",
                        "reports.col.identifiedShare", "reports.col.repeat", "reports.col.repeatShare",
                        "reports.col.revenue"), rows, chart);
    }

    private ReportTable tiers(Overview o, Texts t) {
        List<List<?>> rows = o.tiers().stream().<List<?>>map(tier -> row(tier.tier(), tier.customers(),
                tier.share().percent())).toList();
        String chart = write(new ChartData("doughnut", o.tiers().stream().map(TierShare::tier).toList(),
                List.of(dataset(t.get("reports.col.customers"),
                        o.tiers().stream().map(TierShare::customers).toList())), false, false));
        return new ReportTable("tiers", t.get("reports.table.tiers"),
                t.all("reports.col.tier", "reports.col.customers", "reports.col.share"), rows, chart);
    }

    private ReportTable segments(Overview o, Texts t) {
        List<List<?>> rows = o.segments().stream().<List<?>>map(s -> row(t.segment(s.segment()), s.customers(),
                s.share().percent(), s.revenue(), s.cltv())).toList();
        String chart = write(new ChartData("bar",
                o.segments().stream().map(s -> t.segment(s.segment())).toList(),
                List.of(dataset(t.get("reports.col.customers"),
                        o.segments().stream().map(SegmentFigures::customers).toList())), false, false));
        return new ReportTable("segments", t.get("reports.table.segments"),
                t.all("reports.col.segment", "reports.col.customers", "reports.col.share", "reports.col.revenue",
                        "reports.col.cltv"), rows, chart);
    }

    /** A chart of monthly series, each named by its column's message key, in the order given (and so coloured). */
    private String chart(String type, List<MonthFigures> months, Texts t,
                         List<Map.Entry<String, Function<MonthFigures, @Nullable Object>>> series, boolean percent) {
        List<String> labels = months.stream().map(m -> Cells.display(m.month(), t.locale)).toList();
        List<Map<String, Object>> datasets = new ArrayList<>();
        series.forEach(s -> datasets.add(
                dataset(t.get(s.getKey()), months.stream().map(m -> s.getValue().apply(m)).toList())));
        return write(new ChartData(type, labels, datasets, percent, false));
    }

    private String write(ChartData chart) {
        return chart.json(json);
    }

    private static List<?> row(@Nullable Object... cells) {
        return Arrays.asList(cells);
    }

    /** The messages in the reader's language. */
    private final class Texts {
        private final Locale locale;

        Texts(Locale locale) {
            this.locale = locale;
        }

        String get(String key) {
            return messages.getMessage(key, null, locale);
        }

        List<String> all(String... keys) {
            return Arrays.stream(keys).map(this::get).toList();
        }

        String segment(String code) {
            return messages.getMessage("reports.segment." + code, null, code, locale);
        }
    }
}
