package uk.gov.justice.marketplace.identity;

/** A person's own password change: the current password, then the new one twice. */
public record ChangePassword(String currentPassword, String password, String confirmPassword) {}
