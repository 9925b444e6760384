package uk.gov.justice.marketplace.identity;

import uk.gov.justice.marketplace.common.Texts;
import uk.gov.justice.marketplace.notification.Email;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The invitation email, in English then Welsh: we do not know which the person reads. */
final class InvitationEmail {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private InvitationEmail() {
    }

    static Email compose(Texts texts, String to, String fullName, String organisation, String link,
                         Instant expires) {
        String subject = texts.text("email.invitation.subject", Texts.ENGLISH, values(fullName, organisation, link,
                expires, Texts.ENGLISH)) + " / " + texts.text("email.invitation.subject", Texts.WELSH,
                values(fullName, organisation, link, expires, Texts.WELSH));
        String body = texts.text("email.invitation.body", Texts.ENGLISH, values(fullName, organisation, link, expires,
                Texts.ENGLISH)) + "\n\n---\n\n" + texts.text("email.invitation.body", Texts.WELSH,
                values(fullName, organisation, link, expires, Texts.WELSH));
        return Email.to(to, subject, body);
    }

    private static Map<String, Object> values(String fullName, String organisation, String link, Instant expires,
                                              Locale locale) {
        return Map.of("name", fullName, "organisation", organisation, "link", link,
                "expires", DateTimeFormatter.ofPattern("d MMMM yyyy", locale).withZone(UK).format(expires));
    }
}
