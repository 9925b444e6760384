package uk.gov.justice.marketplace.runtime;

/** A backup or restore that will not go ahead, with what the operator needs to know, and nothing half done. */
final class BackupRefused extends RuntimeException {

    BackupRefused(String message) {
        super(message);
    }

    BackupRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
