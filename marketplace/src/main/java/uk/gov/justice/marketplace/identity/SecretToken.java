package uk.gov.justice.marketplace.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A random secret handed to a person once (an invitation link, an API token). Only its SHA-256 is stored:
 * a copy of the database does not let anyone use it.
 */
record SecretToken(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static SecretToken generate(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new SecretToken(prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    String hash() {
        return hashOf(value);
    }

    static String hashOf(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
