package uk.gov.justice.marketplace.identity;

import java.util.List;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Option;

/** The steward's list of organisations, with the form that adds one and invites its first admin. */
public record OrganisationsPage(
        List<Row> organisations,
        List<Option> kinds,
        List<Option> commissionerTypes,
        OrganisationForm typed,
        String invitationLink,
        FormErrors errors) {

    public record Row(String name, String kind, String commissionerType, String registrationNumber) {}
}
