package uk.gov.justice.marketplace.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a contract says, in this module's own words: the two parties (commissioner and lead provider for the
 * lead contract; lead provider and partner for a partner agreement), the chain, the services, the money and the
 * term. The marketplace fills it in; this module only writes it down.
 */
public record ContractTerms(String reference, DocumentKind kind, Language language, Party first, Party second,
                            String chainName, String areaName, List<ServiceLine> services, BigDecimal contractValue,
                            String currency, LocalDate start, LocalDate end, String stewardshipStatement) {

    public enum DocumentKind { LEAD_CONTRACT, PARTNER_AGREEMENT }

    public enum Language { ENGLISH, WELSH }

    public ContractTerms {
        reference = Text.required(reference, "reference");
        chainName = Text.required(chainName, "chainName");
        areaName = areaName == null ? "" : areaName;
        services = List.copyOf(services);
        stewardshipStatement = stewardshipStatement == null ? "" : stewardshipStatement;
        if (kind == null || language == null || first == null || second == null || contractValue == null
                || currency == null || start == null || end == null || !end.isAfter(start)) {
            throw new IllegalArgumentException("Contract terms need a kind, a language, both parties, a value and "
                    + "a term that ends after it starts");
        }
    }

    /** A stable text form of the terms: its SHA-256 is the fingerprint printed on every page. */
    String canonical() {
        StringBuilder text = new StringBuilder(String.join("|", reference, kind.name(), language.name(),
                first.toString(), second.toString(), chainName, areaName, contractValue.toPlainString(), currency,
                start.toString(), end.toString(), stewardshipStatement));
        services.forEach(s -> text.append('|').append(s));
        return text.toString();
    }
}
