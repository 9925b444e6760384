package uk.gov.justice.marketplace.identity;

import java.util.List;
import uk.gov.justice.marketplace.common.web.FormErrors;

/**
 * A user's API tokens with when each stops working; a new token's value appears here once. {@code name}: what was
 * typed for a new token's name, kept when it was refused.
 */
public record ApiTokensPage(List<Row> tokens, String newToken, String newTokenExpires, String name, FormErrors errors) {

    /** {@code status}: ACTIVE, REVOKED or EXPIRED. */
    public record Row(String id, String name, String created, String lastUsed, String expires, String status) {

        public boolean active() {
            return "ACTIVE".equals(status);
        }
    }
}
