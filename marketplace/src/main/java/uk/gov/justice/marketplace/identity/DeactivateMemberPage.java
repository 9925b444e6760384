package uk.gov.justice.marketplace.identity;

import uk.gov.justice.marketplace.common.web.FormErrors;

/** "Are you sure?" before a colleague is deactivated. */
public record DeactivateMemberPage(String id, String fullName, String email, FormErrors errors) {}
