package uk.gov.justice.marketplace.identity;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import uk.gov.justice.marketplace.common.web.CsrfForm;

/** The invite form on the users page. */
@Introspected
@Serdeable
record InvitationForm(
        @Nullable String email, @Nullable String fullName, @Nullable List<String> roles, @Nullable String csrfToken)
        implements CsrfForm {

    InviteUser command() {
        return new InviteUser(email, fullName, roles);
    }
}
