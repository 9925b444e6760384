package uk.gov.justice.marketplace.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The steward adding a lead provider, commissioner or another steward organisation (VCSE providers register
 * themselves), with the person who will be its first admin.
 */
@Serdeable
public record CreateOrganisation(
        @Nullable String name,
        @Nullable String kind,
        @Nullable String commissionerType,
        @Nullable String registrationNumber,
        @Nullable String adminEmail,
        @Nullable String adminFullName) {}
