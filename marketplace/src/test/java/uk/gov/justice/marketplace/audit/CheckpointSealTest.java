package uk.gov.justice.marketplace.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Someone who can write to the database, but does not hold the platform key, tries to make a false anchor. */
class CheckpointSealTest {

    private static final String HEAD = "ab".repeat(32);
    private static final Instant AT = Instant.parse("2026-12-01T10:15:30.123456Z");
    private final CheckpointSeal platform = new CheckpointSeal("the platform's own key, 32 chars or more");

    @Test
    void a_checkpoint_the_platform_signed_verifies() {
        assertThat(platform.signed(platform.sign(42, HEAD, AT))).isTrue();
    }

    @Test
    void changing_the_count_the_head_or_the_time_breaks_the_signature() {
        AuditCheckpoint genuine = platform.sign(42, HEAD, AT);

        assertThat(platform.signed(new AuditCheckpoint(40, HEAD, AT, genuine.keyId(), genuine.signature())))
                .isFalse();
        assertThat(platform.signed(new AuditCheckpoint(42, "cd".repeat(32), AT, genuine.keyId(), genuine.signature())))
                .isFalse();
        assertThat(platform.signed(
                        new AuditCheckpoint(42, HEAD, AT.plusSeconds(1), genuine.keyId(), genuine.signature())))
                .isFalse();
    }

    @Test
    void a_checkpoint_signed_with_another_key_is_not_taken_for_the_platforms() {
        AuditCheckpoint forged = new CheckpointSeal("a forger's key that is long enough too").sign(40, HEAD, AT);

        assertThat(platform.knows(forged)).isFalse();
        assertThat(platform.signed(forged)).isFalse();
        assertThat(platform.signed(new AuditCheckpoint(
                        40, HEAD, AT, platform.sign(0, HEAD, AT).keyId(), forged.signature())))
                .isFalse();
    }

    @Test
    void a_short_key_is_refused_at_start_up() {
        assertThatThrownBy(() -> new CheckpointSeal("secret"))
                .hasMessageContaining("MARKETPLACE_AUDIT_CHECKPOINTS_KEY");
    }
}
