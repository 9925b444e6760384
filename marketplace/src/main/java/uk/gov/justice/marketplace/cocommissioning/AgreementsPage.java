package uk.gov.justice.marketplace.cocommissioning;

import java.util.List;

/** The agreements the reader's organisation funds or is named to fund, and whether it may draft one. */
record AgreementsPage(List<AgreementRow> agreements, boolean canDraft) {

    record AgreementRow(String href, String name, String standing) {}
}
