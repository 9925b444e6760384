package uk.gov.justice.marketplace.supplychain;

import io.micronaut.core.annotation.Nullable;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Option;
import uk.gov.justice.marketplace.common.web.Question;

import java.util.List;

/** The models of the supply-chain pages, words already in the reader's language. */
final class ChainPageRecords {

    private ChainPageRecords() {
    }

    record ChainRow(String name, String href, String lead, String area, String purpose, int partners,
                    String vcseShare, String riskTransfer, String longestPaymentTerms, List<String> flags) {
    }

    /** A partner's invitation or place in a chain, with the buttons to answer while it is open. */
    record InvitationRow(String chainId, String chain, String lead, String area, String status, String message,
                         String expires, boolean open, String href) {
    }

    record ChainsPage(boolean lead, List<ChainRow> chains, List<InvitationRow> invitations,
                      List<Question> newChain, FormErrors errors) {
    }

    record PartnerRow(String id, String name, String status, String value, String paymentTerms, String risk,
                      int termsVersion, boolean inChain, String termsHref) {
    }

    record HistoryRow(String when, String what, String partner, String by, String detail) {
    }

    record ChainPage(String id, String name, String lead, String area, String purpose, String contractValue,
                     List<Option> figures, List<String> flags, List<PartnerRow> partners, List<HistoryRow> history,
                     boolean canChange, List<Option> invitable, String message, List<ContractRow> contracts,
                     FormErrors errors) {
    }

    /** A generated contract: what it is, how far signing has got, and whether the reader can sign it now. */
    record ContractRow(String id, String reference, String title, String status, String href, boolean canSign,
                       String sha256) {
    }

    record TermsPage(String chain, String chainHref, String partner, String action, List<Question> questions,
                     String removeAction, FormErrors errors) {
    }

    record StewardshipPage(List<ChainRow> chains, List<Option> areas, @Nullable String area, List<Option> leads,
                           @Nullable String lead, String csvHref, List<Question> limits, FormErrors errors,
                           @Nullable String banner) {
    }
}
