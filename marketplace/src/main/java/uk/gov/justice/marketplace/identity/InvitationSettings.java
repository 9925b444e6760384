package uk.gov.justice.marketplace.identity;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/** How long an invitation link works, and the public address the link points at. */
@ConfigurationProperties("marketplace.invitations")
public record InvitationSettings(
        @Bindable(defaultValue = "7d") Duration validFor,
        @Bindable(defaultValue = "http://localhost:8080") String publicUrl) {}
