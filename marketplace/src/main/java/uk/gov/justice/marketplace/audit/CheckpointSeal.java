package uk.gov.justice.marketplace.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks checkpoints with the platform key (HMAC-SHA256). Whoever can write to the database but does not
 * hold the key cannot make a checkpoint that passes, so a false anchor cannot hide a cut or a rewritten head.
 */
final class CheckpointSeal {

    static final int MINIMUM_KEY_LENGTH = 32;

    private final byte[] key;
    private final String keyId;

    CheckpointSeal(String key) {
        if (key == null || key.length() < MINIMUM_KEY_LENGTH) {
            throw new IllegalArgumentException("The audit checkpoint key (MARKETPLACE_AUDIT_CHECKPOINTS_KEY) must be "
                    + "at least " + MINIMUM_KEY_LENGTH + " characters");
        }
        this.key = key.getBytes(StandardCharsets.UTF_8);
        this.keyId = mac("key id".getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    AuditCheckpoint sign(long entryCount, String headHash, Instant madeAt) {
        return new AuditCheckpoint(entryCount, headHash, madeAt, keyId, signature(entryCount, headHash, madeAt));
    }

    /** Made with another key (an earlier one, or a forger's): this seal can say nothing about it. */
    boolean knows(AuditCheckpoint checkpoint) {
        return keyId.equals(checkpoint.keyId());
    }

    boolean signed(AuditCheckpoint checkpoint) {
        return knows(checkpoint)
                && MessageDigest.isEqual(
                        signature(checkpoint.entryCount(), checkpoint.headHash(), checkpoint.madeAt())
                                .getBytes(StandardCharsets.US_ASCII),
                        checkpoint.signature().getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(long entryCount, String headHash, Instant madeAt) {
        // Length-prefixed, as the entry hashes are, so that no two statements share a signed text.
        StringBuilder canonical = new StringBuilder("audit-checkpoint;");
        for (String field : new String[] {Long.toString(entryCount), headHash, madeAt.toString()}) {
            canonical.append(field.length()).append(':').append(field).append(';');
        }
        return mac(canonical.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String mac(byte[] text) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(hmac.doFinal(text));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
