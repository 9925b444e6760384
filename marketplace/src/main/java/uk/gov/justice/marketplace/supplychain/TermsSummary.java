package uk.gov.justice.marketplace.supplychain;

/** Terms as one line for the chain's history and the audit trail. */
final class TermsSummary {

    private TermsSummary() {}

    static String of(PartnerTerms t) {
        return "value " + t.annualValue().amount().toPlainString() + " "
                + t.annualValue().currency()
                + " a year, " + t.annualVolume() + " people, payment in " + t.paymentTermsDays()
                + " days, risk transfer "
                + t.riskTransferPercent().toPlainString() + "%, " + t.start() + " to " + t.end() + ", services "
                + String.join(", ", t.specialities());
    }
}
