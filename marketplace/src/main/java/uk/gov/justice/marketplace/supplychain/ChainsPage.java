package uk.gov.justice.marketplace.supplychain;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Question;

/**
 * A lead's chains, or a partner's invitations and places, with the form that starts a chain; {@code declining}: the
 * reason typed for declining one, when that was refused.
 */
record ChainsPage(
        boolean lead,
        List<ChainRow> chains,
        List<InvitationRow> invitations,
        List<Question> newChain,
        Declining declining,
        FormErrors errors) {

    /** The reason to show in an invitation's declining form: what was typed, if it was typed there. */
    public String declineReasonFor(String chainId) {
        return declining.chainId().equals(chainId) ? declining.reason() : null;
    }

    record Declining(String chainId, @Nullable String reason) {

        static final Declining NONE = new Declining("", null);
    }

    record ChainRow(
            String name,
            String href,
            String lead,
            String area,
            String purpose,
            int partners,
            String vcseShare,
            String riskTransfer,
            String longestPaymentTerms,
            List<String> flags) {}

    /** A partner's invitation or place in a chain, with the buttons to answer while it is open. */
    record InvitationRow(
            String chainId,
            String chain,
            String lead,
            String area,
            String status,
            String message,
            String expires,
            boolean open,
            String href) {}
}
