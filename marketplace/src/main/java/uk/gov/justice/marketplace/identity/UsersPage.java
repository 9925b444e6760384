package uk.gov.justice.marketplace.identity;

import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Option;

import java.util.List;

/** An admin's view of its organisation's users, with the invite form. */
public record UsersPage(List<MemberRow> members, String email, String fullName, List<Option> roles,
                        List<String> selectedRoles, String invitationLink, FormErrors errors) {

    public record MemberRow(String fullName, String email, String roles, String status) {
    }
}
