package uk.gov.justice.marketplace.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** A Welsh women's services chain and its contracts' terms. */
final class ContractFixtures {

    static final Party MINISTRY = new Party(
            "The Secretary of State for Justice", "commissioner", "", "102 Petty France, " + "London SW1H 9AJ");
    static final Party LEAD = new Party(
            "Cymru Rehabilitation Partnership", "lead provider", "09876543", "1 Bute Terrace, Cardiff CF10 2FE");
    static final Party PARTNER = new Party(
            "Canolfan Dŵr Women's Centre", "supply-chain partner", "1187654", "12 Commercial Street, Newport NP20 1LP");

    private ContractFixtures() {}

    static ServiceLine line(String partner, String value) {
        return line(partner, value, "20");
    }

    static ServiceLine line(String partner, String value, String riskTransferPercent) {
        return new ServiceLine(
                partner,
                "Women's services, Accommodation",
                "Women",
                "Gwent",
                60,
                new BigDecimal(value),
                30,
                new BigDecimal(riskTransferPercent));
    }

    static ContractTerms leadContract(List<ServiceLine> lines) {
        return new ContractTerms(
                "MRS-2027-0042",
                ContractTerms.DocumentKind.LEAD_CONTRACT,
                ContractTerms.Language.ENGLISH,
                MINISTRY,
                LEAD,
                "Wales women's services bid 2027",
                "Wales",
                lines,
                new BigDecimal("1000000"),
                "GBP",
                LocalDate.of(2027, 4, 1),
                LocalDate.of(2030, 3, 31),
                "The market steward's limits: risk transfer at most 30%, payment within 30 days.");
    }

    static ContractTerms partnerAgreement(Party partner, ContractTerms.Language language) {
        return partnerAgreement(partner, language, "20");
    }

    static ContractTerms partnerAgreement(Party partner, ContractTerms.Language language, String riskTransferPercent) {
        return new ContractTerms(
                "MRS-2027-0042-P1",
                ContractTerms.DocumentKind.PARTNER_AGREEMENT,
                language,
                LEAD,
                partner,
                "Wales women's services bid 2027",
                "Gwent",
                List.of(line(partner.name(), "200000", riskTransferPercent)),
                new BigDecimal("1000000"),
                "GBP",
                LocalDate.of(2027, 4, 1),
                LocalDate.of(2030, 3, 31),
                "");
    }

    static List<ServiceLine> partners(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(n -> line("Partner organisation " + n, "40000"))
                .toList();
    }
}
