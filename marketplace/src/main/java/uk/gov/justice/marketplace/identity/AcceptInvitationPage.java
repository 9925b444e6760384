package uk.gov.justice.marketplace.identity;

import uk.gov.justice.marketplace.common.web.FormErrors;

/** The invited person chooses their name and password. */
public record AcceptInvitationPage(
        String token, String organisationName, String email, String fullName, FormErrors errors) {}
