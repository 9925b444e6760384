package uk.gov.justice.marketplace.identity;

import java.time.Instant;
import java.util.Map;
import uk.gov.justice.marketplace.common.Texts;
import uk.gov.justice.marketplace.common.web.Dates;
import uk.gov.justice.marketplace.notification.Email;

/** The invitation email. */
final class InvitationEmail {

    private InvitationEmail() {}

    static Email compose(Texts texts, String to, String fullName, String organisation, String link, Instant expires) {
        return BilingualEmail.compose(
                texts,
                to,
                "email.invitation",
                locale -> Map.of(
                        "name",
                        fullName,
                        "organisation",
                        organisation,
                        "link",
                        link,
                        "expires",
                        Dates.day(expires, locale)));
    }
}
