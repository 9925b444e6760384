package uk.gov.justice.marketplace.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    private static final Actor ACTOR = new Actor(UUID.randomUUID(), "a@b.org", UUID.randomUUID(), "Org");
    private static final Instant NOW = Instant.parse("2026-11-25T10:15:30.123456Z");

    @Test
    void an_entry_is_consistent_with_its_own_hash() {
        AuditEntry entry =
                AuditEntry.next(1, NOW, ACTOR, AuditEvent.of("x.done", "x", "1", "after"), AuditEntry.GENESIS_HASH);

        assertThat(entry.isConsistent()).isTrue();
        assertThat(entry.entryHash()).hasSize(64);
    }

    @Test
    void changing_any_word_of_the_reason_changes_the_hash() {
        AuditEvent event = AuditEvent.of("eoi.rejected", "eoi", "9", "rejected").because("no safeguarding policy");
        AuditEntry entry = AuditEntry.next(7, NOW, ACTOR, event, AuditEntry.GENESIS_HASH);

        AuditEntry rewritten = new AuditEntry(
                7, NOW, ACTOR, event.because("no safeguarding policies"), entry.previousHash(), entry.entryHash());

        assertThat(rewritten.isConsistent()).isFalse();
    }

    @Test
    void fields_cannot_be_shifted_between_each_other_to_forge_the_same_hash() {
        AuditEntry a = AuditEntry.next(
                1, NOW, ACTOR, new AuditEvent("a", "b", "c", "d;e", null, null), AuditEntry.GENESIS_HASH);
        AuditEntry b =
                AuditEntry.next(1, NOW, ACTOR, new AuditEvent("a", "b", "c", "d", "e", null), AuditEntry.GENESIS_HASH);

        assertThat(a.entryHash()).isNotEqualTo(b.entryHash());
    }
}
