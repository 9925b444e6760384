package uk.gov.justice.marketplace.identity;

import uk.gov.justice.marketplace.common.web.FormErrors;

import java.util.List;

/** A user's API tokens; a new token's value appears here once. */
public record ApiTokensPage(List<Row> tokens, String newToken, FormErrors errors) {

    public record Row(String id, String name, String created, String lastUsed, boolean revoked) {
    }
}
