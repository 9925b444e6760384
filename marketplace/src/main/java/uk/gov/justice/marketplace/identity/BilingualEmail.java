package uk.gov.justice.marketplace.identity;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import uk.gov.justice.marketplace.common.Texts;
import uk.gov.justice.marketplace.notification.Email;

/** The identity emails (invitations, password resets), in English then Welsh: we do not know which one reads. */
final class BilingualEmail {

    private BilingualEmail() {}

    /** {@code key}: the messages {@code key.subject} and {@code key.body}; values are filled in per language. */
    static Email compose(Texts texts, String to, String key, Function<Locale, Map<String, Object>> values) {
        String subject = texts.text(key + ".subject", Texts.ENGLISH, values.apply(Texts.ENGLISH)) + " / "
                + texts.text(key + ".subject", Texts.WELSH, values.apply(Texts.WELSH));
        String body = texts.text(key + ".body", Texts.ENGLISH, values.apply(Texts.ENGLISH)) + "\n\n---\n\n"
                + texts.text(key + ".body", Texts.WELSH, values.apply(Texts.WELSH));
        return Email.to(to, subject, body);
    }
}
