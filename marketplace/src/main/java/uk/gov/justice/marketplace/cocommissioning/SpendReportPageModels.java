package uk.gov.justice.marketplace.cocommissioning;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.reference.Areas;

/** Builds the spend report page in the reader's language, its chart included. */
@Singleton
class SpendReportPageModels {

    private final Messages messages;
    private final Areas areas;

    SpendReportPageModels(Messages messages, Areas areas) {
        this.messages = messages;
        this.areas = areas;
    }

    SpendReportPage page(SpendReport report, String typedYear, FormErrors errors, Locale locale) {
        List<SpendReportPage.FigureRow> figures = new ArrayList<>();
        List<ChartSvg.Row> bars = new ArrayList<>();
        report.yours().ifPresent(f -> {
            figures.add(figureRow(word("cocommissioning.money.yours", locale), f));
            bars.add(bar(word("cocommissioning.money.yours", locale), f));
        });
        figures.add(figureRow(word("cocommissioning.money.allFunders", locale), report.shared()));
        bars.add(bar(word("cocommissioning.money.allFunders", locale), report.shared()));
        String chart = ChartSvg.render(new ChartSvg.Chart(
                "spend-chart",
                word("cocommissioning.money.chart.title", locale) + ", " + report.year(),
                word("cocommissioning.money.chart.description", locale),
                List.of(
                        word("cocommissioning.money.contribution", locale),
                        word("cocommissioning.money.committed", locale),
                        word("cocommissioning.money.spent", locale)),
                bars));
        boolean cymraeg = "cy".equals(Messages.language(locale));
        return new SpendReportPage(
                report.agreementName(),
                report.year().toString(),
                typedYear,
                report.yours().isPresent(),
                chart,
                figures,
                report.quarters().stream()
                        .map(line -> lineRow(word("cocommissioning.money.quarter." + line.heading(), locale), line))
                        .toList(),
                report.areas().stream()
                        .map(line -> lineRow(areaName(line.heading(), locale), line))
                        .toList(),
                report.priorities().stream()
                        .map(line -> lineRow(
                                cymraeg && line.welshHeading() != null ? line.welshHeading() : line.heading(), line))
                        .toList(),
                "/co-commissioning/" + report.agreementId() + "/spend.csv?year=" + report.year(),
                errors);
    }

    private static SpendReportPage.FigureRow figureRow(String who, SpendReport.Figures f) {
        return new SpendReportPage.FigureRow(
                who, money(f.contribution()), money(f.committed()), money(f.spent()), money(f.uncommitted()));
    }

    private static ChartSvg.Row bar(String who, SpendReport.Figures f) {
        List<Money> values = List.of(f.contribution(), f.committed(), f.spent());
        return new ChartSvg.Row(
                who,
                values.stream().map(Money::amount).map(BigDecimal::abs).toList(),
                values.stream().map(SpendReportPageModels::money).toList());
    }

    private static SpendReportPage.LineRow lineRow(String heading, SpendReport.Line line) {
        return new SpendReportPage.LineRow(
                heading, line.yours() == null ? "" : money(line.yours()), money(line.total()));
    }

    /** Pounds as the UK writes them (£1,250.00), whatever the reader's language. */
    private static String money(Money money) {
        if (!Money.GBP.equals(money.currency())) {
            return money.amount().toPlainString() + " " + money.currency();
        }
        return NumberFormat.getCurrencyInstance(Locale.UK).format(money.amount());
    }

    /** The report keeps area codes (the CSV's stable keys); a reader sees the area's name in their language. */
    private String areaName(String code, Locale locale) {
        return areas.find(code).map(a -> a.name().in(locale)).orElse(code);
    }

    private String word(String key, Locale locale) {
        return messages.text(key, locale);
    }
}
