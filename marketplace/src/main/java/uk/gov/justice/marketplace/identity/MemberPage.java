package uk.gov.justice.marketplace.identity;

import java.util.List;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Option;

/** One colleague as their admin sees them: the roles form, and the way to deactivate them. */
public record MemberPage(
        String id,
        String fullName,
        String email,
        String status,
        boolean active,
        List<Option> roles,
        List<String> selectedRoles,
        FormErrors errors) {}
