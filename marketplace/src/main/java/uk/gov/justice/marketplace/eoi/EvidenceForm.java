package uk.gov.justice.marketplace.eoi;

import static uk.gov.justice.marketplace.common.web.FormAnswers.yesNo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import uk.gov.justice.marketplace.common.web.FormAnswers;

/**
 * The evidence part. Justice Data Lab results are rows of four inputs posted as parallel lists; the page always
 * offers one empty row so another result can be added without JavaScript, and empty rows are ignored.
 */
@Serdeable
record EvidenceForm(
        @Nullable String caseStudies,
        @Nullable String outcomeFigures,
        @Nullable List<String> jdlCohortSize,
        @Nullable List<String> jdlReoffendingRate,
        @Nullable List<String> jdlControlGroupRate,
        @Nullable List<String> jdlSignificant,
        @Nullable String csrfToken)
        implements PartForm {

    static EvidenceForm of(@Nullable Evidence a) {
        List<String> sizes = new ArrayList<>();
        List<String> rates = new ArrayList<>();
        List<String> controls = new ArrayList<>();
        List<String> significant = new ArrayList<>();
        if (a != null && a.justiceDataLab() != null) {
            a.justiceDataLab().forEach(r -> {
                sizes.add(String.valueOf(r.cohortSize()));
                rates.add(r.reoffendingRate().toPlainString());
                controls.add(r.controlGroupRate().toPlainString());
                significant.add(yesNo(r.statisticallySignificant()));
            });
        }
        return new EvidenceForm(
                a == null ? null : a.caseStudies(),
                a == null ? null : a.outcomeFigures(),
                sizes,
                rates,
                controls,
                significant,
                null);
    }

    static String fieldOf(int row, String column) {
        return "jdl-" + row + "-" + column;
    }

    /** How many rows were posted: the longest of the four lists. */
    int rows() {
        return Stream.of(jdlCohortSize, jdlReoffendingRate, jdlControlGroupRate, jdlSignificant)
                .mapToInt(l -> l == null ? 0 : l.size())
                .max()
                .orElse(0);
    }

    String cell(List<String> column, int row) {
        return column != null && row < column.size() ? column.get(row) : null;
    }

    @Override
    public EoiPart part() {
        return EoiPart.EVIDENCE;
    }

    @Override
    public Evidence answers(EoiAnswers saved) {
        FormAnswers read = new FormAnswers();
        List<Evidence.JusticeDataLabResult> results = new ArrayList<>();
        for (int row = 0; row < rows(); row++) {
            readRow(read, row).ifPresent(results::add);
        }
        return read.answers(new Evidence(read.text(caseStudies), read.text(outcomeFigures), results));
    }

    private Optional<Evidence.JusticeDataLabResult> readRow(FormAnswers read, int row) {
        String size = cell(jdlCohortSize, row);
        String rate = cell(jdlReoffendingRate, row);
        String control = cell(jdlControlGroupRate, row);
        boolean numbersBlank = Stream.of(size, rate, control).allMatch(c -> c == null || c.isBlank());
        if (numbersBlank) {
            return Optional.empty();
        }
        int n = row + 1;
        Integer cohort = read.whole(fieldOf(n, "jdlCohortSize"), required(size));
        BigDecimal reoffending = read.decimal(fieldOf(n, "jdlReoffendingRate"), required(rate));
        BigDecimal controlRate = read.decimal(fieldOf(n, "jdlControlGroupRate"), required(control));
        Boolean significant = read.bool(fieldOf(n, "jdlSignificant"), cell(jdlSignificant, row));
        if (cohort == null || reoffending == null || controlRate == null) {
            return Optional.empty();
        }
        return Optional.of(
                new Evidence.JusticeDataLabResult(cohort, reoffending, controlRate, Boolean.TRUE.equals(significant)));
    }

    /** Within a row that has been started, a blank number cannot be read: the row needs all three. */
    private static String required(String cell) {
        return cell == null || cell.isBlank() ? "?" : cell;
    }
}
