package uk.gov.justice.marketplace.notification;

import java.util.UUID;

/** A plain-text email waiting in, or read back from, the outbox. */
public record Email(UUID id, String to, String subject, String body) {

    public static Email to(String recipient, String subject, String body) {
        return new Email(UUID.randomUUID(), recipient, subject, body);
    }
}
