package uk.gov.justice.marketplace.supplychain;

import java.util.List;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Option;

/** One chain: its figures and flags, partners, history and contracts, with the lead's forms. */
record ChainPage(
        String id,
        String name,
        String lead,
        String area,
        String purpose,
        String contractValue,
        List<Option> figures,
        List<String> flags,
        List<PartnerRow> partners,
        List<HistoryRow> history,
        boolean canChange,
        List<Option> invitable,
        String message,
        List<ContractRow> contracts,
        FormErrors errors) {

    record PartnerRow(
            String id,
            String name,
            String status,
            String value,
            String paymentTerms,
            String risk,
            int termsVersion,
            boolean inChain,
            String termsHref) {}

    record HistoryRow(String when, String what, String partner, String by, String detail) {}

    /** A generated contract: what it is, how far signing has got, and whether the reader can sign it now. */
    record ContractRow(
            String id, String reference, String title, String status, String href, boolean canSign, String sha256) {}
}
