package uk.gov.justice.marketplace.register;

import java.time.format.DateTimeFormatter;
import java.util.List;
import uk.gov.justice.marketplace.common.Csv;

/** The register as CSV open data: one row per provider, lists joined with semicolons. */
final class RegisterCsv {

    private static final String HEADER = "organisation_id,name,legal_form,registration_number,specialities,cohorts,"
            + "areas,welsh_language_service,risk_appetite,justice_data_lab_evidence,approved_at,version";

    private RegisterCsv() {}

    static String of(List<RegisterEntry> entries) {
        return Csv.of(HEADER, entries.stream().map(RegisterCsv::row));
    }

    private static List<String> row(RegisterEntry e) {
        return List.of(
                e.organisationId().toString(),
                e.name(),
                e.legalForm(),
                nullSafe(e.registrationNumber()),
                String.join(";", e.specialities()),
                String.join(";", e.cohorts()),
                String.join(";", e.areas()),
                String.valueOf(e.welshLanguageService()),
                e.riskAppetite(),
                String.valueOf(e.justiceDataLabEvidence()),
                DateTimeFormatter.ISO_INSTANT.format(e.approvedAt()),
                String.valueOf(e.version()));
    }

    private static String nullSafe(String value) {
        return value == null ? "" : value;
    }
}
