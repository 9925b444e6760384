package uk.gov.justice.marketplace.notification;

/** Delivers one email or throws; the outbox worker retries what fails. */
public interface EmailSender {
    void send(Email email) throws Exception;
}
