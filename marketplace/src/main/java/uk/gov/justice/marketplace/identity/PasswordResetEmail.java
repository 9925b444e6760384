package uk.gov.justice.marketplace.identity;

import java.time.Instant;
import java.util.Map;
import uk.gov.justice.marketplace.common.Texts;
import uk.gov.justice.marketplace.common.web.Dates;
import uk.gov.justice.marketplace.notification.Email;

/** The link for choosing a new password, to the account's own address only. */
final class PasswordResetEmail {

    private PasswordResetEmail() {}

    static Email compose(Texts texts, String to, String fullName, String link, Instant expires) {
        return BilingualEmail.compose(
                texts,
                to,
                "email.passwordReset",
                locale -> Map.of("name", fullName, "link", link, "expires", Dates.dayAndTime(expires, locale)));
    }
}
