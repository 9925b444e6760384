package uk.gov.justice.marketplace.notification;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With no mail server configured (a single machine, a demo), emails are written to the log so a newcomer can see
 * what went out, but with every link's token hidden: logs travel further than mailboxes, and a logged token would
 * open someone else's invitation. (The admin who invited sees the link on the page.)
 */
@Singleton
@Requires(missingProperty = SmtpSettings.HOST)
class LoggingEmailSender implements EmailSender {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingEmailSender.class);

    @Override
    public void send(Email email) {
        LOG.info(
                "Email to {} (no mail server configured: MARKETPLACE_EMAIL_SMTP_HOST): {}\n{}",
                email.to(),
                email.subject(),
                LinkRedaction.redact(email.body()));
    }
}
