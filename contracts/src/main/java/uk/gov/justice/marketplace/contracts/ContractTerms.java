package uk.gov.justice.marketplace.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a contract says, in this module's own words: the two parties (commissioner and lead provider for the
 * lead contract; lead provider and partner for a partner agreement), the chain, the services, the money and the
 * term. The marketplace fills it in; this module only writes it down.
 */
public record ContractTerms(
        String reference,
        DocumentKind kind,
        Language language,
        Party first,
        Party second,
        String chainName,
        String areaName,
        List<ServiceLine> services,
        BigDecimal contractValue,
        String currency,
        LocalDate start,
        LocalDate end,
        String stewardshipStatement) {

    public enum DocumentKind {
        LEAD_CONTRACT,
        PARTNER_AGREEMENT
    }

    public enum Language {
        ENGLISH,
        WELSH
    }

    public ContractTerms {
        reference = Text.required(reference, "reference");
        chainName = Text.required(chainName, "chainName");
        areaName = areaName == null ? "" : areaName;
        services = List.copyOf(services);
        stewardshipStatement = stewardshipStatement == null ? "" : stewardshipStatement;
        if (kind == null
                || language == null
                || first == null
                || second == null
                || contractValue == null
                || currency == null
                || start == null
                || end == null
                || !end.isAfter(start)) {
            throw new IllegalArgumentException("Contract terms need a kind, a language, both parties, a value and "
                    + "a term that ends after it starts");
        }
    }

    /**
     * A stable, unambiguous text form of the terms: every value is written with its length first, so text inside
     * one value (a "|" in a name, say) can never pass for another field. Its SHA-256 is the printed fingerprint.
     */
    String canonical() {
        StringBuilder text = new StringBuilder();
        field(text, reference, kind.name(), language.name());
        party(text, first);
        party(text, second);
        field(
                text,
                chainName,
                areaName,
                contractValue.toPlainString(),
                currency,
                start.toString(),
                end.toString(),
                stewardshipStatement);
        for (ServiceLine s : services) {
            field(
                    text,
                    s.partner(),
                    s.services(),
                    s.cohorts(),
                    s.area(),
                    String.valueOf(s.annualVolume()),
                    s.annualValue().toPlainString(),
                    String.valueOf(s.paymentTermsDays()),
                    s.riskTransferPercent().toPlainString());
        }
        return text.toString();
    }

    private static void party(StringBuilder text, Party party) {
        field(text, party.name(), party.role(), party.registrationNumber(), party.address());
    }

    private static void field(StringBuilder text, String... values) {
        for (String value : values) {
            text.append(value.length()).append(':').append(value);
        }
    }
}
