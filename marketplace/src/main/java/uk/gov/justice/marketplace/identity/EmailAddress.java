package uk.gov.justice.marketplace.identity;

import java.util.Locale;
import java.util.regex.Pattern;
import uk.gov.justice.marketplace.common.InvalidInput;

/** An email address as people type it, trimmed and lower-cased; refuses what cannot be one. */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_LENGTH = 254;

    public EmailAddress {
        value = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw new InvalidInput("email", "error.email.missing");
        }
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new InvalidInput("email", "error.email.invalid");
        }
    }

    public static EmailAddress of(String field, String value) {
        try {
            return new EmailAddress(value);
        } catch (InvalidInput e) {
            throw new InvalidInput(field, e.getMessage());
        }
    }
}
