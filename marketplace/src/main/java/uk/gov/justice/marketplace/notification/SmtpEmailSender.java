package uk.gov.justice.marketplace.notification;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Sends through the configured SMTP server, as UTF-8 plain text (Welsh needs ŵ and ŷ), over STARTTLS with the
 * server's certificate and name checked unless TLS is explicitly switched off (see {@link SmtpSettings}).
 */
@Singleton
@Requires(property = SmtpSettings.HOST)
class SmtpEmailSender implements EmailSender {

    private final SmtpSettings settings;
    private final Session session;

    SmtpEmailSender(SmtpSettings settings) {
        this.settings = settings;
        boolean authenticated = settings.username() != null;
        if (authenticated && !settings.starttls()) {
            throw new IllegalStateException("MARKETPLACE_EMAIL_SMTP_USERNAME is set but STARTTLS is switched off "
                    + "(MARKETPLACE_EMAIL_SMTP_STARTTLS=false): the mail server password would travel in clear");
        }
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(settings.starttls()));
        properties.put("mail.smtp.ssl.checkserveridentity", "true");
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.auth", String.valueOf(authenticated));
        this.session = Session.getInstance(
                properties,
                authenticated
                        ? new Authenticator() {
                            @Override
                            protected PasswordAuthentication getPasswordAuthentication() {
                                return new PasswordAuthentication(settings.username(), settings.password());
                            }
                        }
                        : null);
    }

    @Override
    public void send(Email email) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(email.to()));
        message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
        message.setText(email.body(), StandardCharsets.UTF_8.name());
        Transport.send(message);
    }
}
