package uk.gov.justice.marketplace.identity;

import java.util.List;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Option;

/** An admin's view of its organisation's users, with the invite form; {@code doneKey}: a change just made. */
public record UsersPage(
        List<MemberRow> members,
        String email,
        String fullName,
        List<Option> roles,
        List<String> selectedRoles,
        String invitationLink,
        String doneKey,
        FormErrors errors) {

    UsersPage withDone(String key) {
        return new UsersPage(members, email, fullName, roles, selectedRoles, invitationLink, key, errors);
    }

    public record MemberRow(String id, String fullName, String email, String roles, String status, boolean active) {}
}
