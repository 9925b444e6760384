package uk.gov.justice.marketplace.cocommissioning;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import uk.gov.justice.marketplace.common.Csv;
import uk.gov.justice.marketplace.common.Money;

/**
 * A spend report as CSV, from the API and the portal alike: a row for the reader's own figures (when it funds the
 * agreement) and one for the shared totals, then a row per quarter, area and priority with the reader's part and
 * the total. Holds exactly what the report holds, so it shows no other funder's figures either.
 */
final class SpendReportCsv {

    private static final String HEADER =
            "agreement_id,financial_year,kind,heading,contribution,committed,spent," + "your_spent,currency";

    private SpendReportCsv() {}

    static String fileName(SpendReport report) {
        return "co-commissioning-spend-" + report.year() + ".csv";
    }

    static String of(SpendReport report) {
        List<List<String>> rows = new ArrayList<>();
        report.yours().ifPresent(f -> rows.add(figures(report, "yours", f)));
        rows.add(figures(report, "total", report.shared()));
        report.quarters().forEach(line -> rows.add(line(report, "quarter", "Q" + line.heading(), line)));
        report.areas().forEach(line -> rows.add(line(report, "area", line.heading(), line)));
        report.priorities().forEach(line -> rows.add(line(report, "priority", line.heading(), line)));
        return Csv.of(HEADER, rows.stream());
    }

    private static List<String> figures(SpendReport report, String kind, SpendReport.Figures f) {
        return List.of(
                report.agreementId().toString(),
                report.year().toString(),
                kind,
                "",
                plain(f.contribution()),
                plain(f.committed()),
                plain(f.spent()),
                "",
                f.spent().currency());
    }

    private static List<String> line(SpendReport report, String kind, String heading, SpendReport.Line line) {
        return Stream.of(
                        report.agreementId().toString(),
                        report.year().toString(),
                        kind,
                        heading,
                        "",
                        "",
                        plain(line.total()),
                        line.yours() == null ? "" : plain(line.yours()),
                        line.total().currency())
                .toList();
    }

    private static String plain(Money money) {
        return money.amount().toPlainString();
    }
}
