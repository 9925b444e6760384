package uk.gov.justice.marketplace.register;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The register as CSV open data (RFC 4180): one row per provider, lists joined with semicolons. */
final class RegisterCsv {

    private static final String HEADER = "organisation_id,name,legal_form,registration_number,specialities,cohorts,"
            + "areas,welsh_language_service,risk_appetite,justice_data_lab_evidence,approved_at,version";

    private RegisterCsv() {
    }

    static String of(List<RegisterEntry> entries) {
        return Stream.concat(Stream.of(HEADER), entries.stream().map(RegisterCsv::row))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static String row(RegisterEntry e) {
        return Stream.of(e.organisationId().toString(), e.name(), e.legalForm(), e.registrationNumber(),
                        String.join(";", e.specialities()), String.join(";", e.cohorts()), String.join(";", e.areas()),
                        String.valueOf(e.welshLanguageService()), e.riskAppetite(),
                        String.valueOf(e.justiceDataLabEvidence()),
                        DateTimeFormatter.ISO_INSTANT.format(e.approvedAt()),
                        String.valueOf(e.version()))
                .map(RegisterCsv::field)
                .collect(Collectors.joining(","));
    }

    /** Quoted when needed; a leading =, +, - or @ is defused so a spreadsheet never runs it as a formula. */
    private static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
