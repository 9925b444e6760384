package uk.gov.justice.marketplace.register;

import java.util.List;
import uk.gov.justice.marketplace.common.web.Option;

/** The register page: the filter as chosen, the choices, and the providers that match. */
public record RegisterPage(
        String area,
        String speciality,
        String cohort,
        List<Option> areas,
        List<Option> specialities,
        List<Option> cohorts,
        List<Row> providers,
        String csvHref,
        String jsonHref) {

    public record Row(
            String id,
            String name,
            String legalForm,
            String specialities,
            String cohorts,
            String areas,
            boolean welshLanguageService,
            boolean justiceDataLabEvidence) {}
}
