package uk.gov.justice.marketplace.identity;

import uk.gov.justice.marketplace.common.InvalidInput;

/**
 * A password someone is choosing. Length is the rule (NCSC guidance): at least 12 characters, no composition
 * rules, and an upper bound so hashing cost stays bounded.
 */
public record NewPassword(String value) {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 256;

    public NewPassword {
        if (value == null || value.isEmpty()) {
            throw new InvalidInput("password", "error.password.missing");
        }
        if (value.length() < MIN_LENGTH) {
            throw new InvalidInput("password", "error.password.tooShort");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidInput("password", "error.password.tooLong");
        }
    }

    public static NewPassword confirmed(String password, String confirmation) {
        NewPassword chosen = new NewPassword(password);
        if (!password.equals(confirmation)) {
            throw new InvalidInput("confirmPassword", "error.password.mismatch");
        }
        return chosen;
    }
}
