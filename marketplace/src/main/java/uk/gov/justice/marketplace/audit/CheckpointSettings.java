package uk.gov.justice.marketplace.audit;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The key that signs audit checkpoints (MARKETPLACE_AUDIT_CHECKPOINTS_KEY, at least 32 characters), only ever from
 * the environment. Without one a key is generated (the embedded database keeps one in its data directory), and
 * checkpoints signed by an earlier key can no longer be checked. How often they are published is
 * marketplace.audit.checkpoints.interval (MARKETPLACE_AUDIT_CHECKPOINTS_INTERVAL, default 1h), read by the schedule.
 */
@ConfigurationProperties("marketplace.audit.checkpoints")
public record CheckpointSettings(@Nullable String key) {}
