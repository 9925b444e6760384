package uk.gov.justice.marketplace.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** One link in the audit chain: an event, its actor and time, and the hashes that bind it to the one before. */
public record AuditEntry(
        long sequence, Instant recordedAt, Actor actor, AuditEvent event, String previousHash, String entryHash) {

    public static final String GENESIS_HASH = "0".repeat(64);

    static AuditEntry next(long sequence, Instant recordedAt, Actor actor, AuditEvent event, String previousHash) {
        return new AuditEntry(
                sequence,
                recordedAt,
                actor,
                event,
                previousHash,
                hash(sequence, recordedAt, actor, event, previousHash));
    }

    /** True when the stored hash is what the stored fields give: false means someone changed the row. */
    public boolean isConsistent() {
        return entryHash.equals(hash(sequence, recordedAt, actor, event, previousHash));
    }

    private static String hash(long sequence, Instant recordedAt, Actor actor, AuditEvent event, String previous) {
        StringBuilder canonical = new StringBuilder();
        for (Object field : new Object[] {
            sequence,
            recordedAt,
            actor.userId(),
            actor.email(),
            actor.organisationId(),
            actor.organisationName(),
            event.action(),
            event.subjectType(),
            event.subjectId(),
            event.reason(),
            event.before(),
            event.after(),
            previous
        }) {
            // Length-prefixed so that no choice of field values can produce the same text as another.
            String text = field == null ? "" : field.toString();
            canonical
                    .append(field == null ? -1 : text.length())
                    .append(':')
                    .append(text)
                    .append(';');
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
