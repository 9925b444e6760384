package uk.gov.justice.marketplace.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** An organisation using the marketplace. Only commissioners have a commissioner type. */
@MappedEntity("organisation")
public record Organisation(
        @Id UUID id,
        String name,
        OrganisationKind kind,
        @Nullable CommissionerType commissionerType,
        @Nullable String registrationNumber,
        Instant createdAt,
        @Version long version) {

    public Organisation {
        if ((kind == OrganisationKind.COMMISSIONER) != (commissionerType != null)) {
            throw new IllegalArgumentException("A commissioner, and only a commissioner, has a commissioner type");
        }
    }

    static Organisation create(String name, OrganisationKind kind, CommissionerType type, String number, Instant now) {
        return new Organisation(UUID.randomUUID(), name, kind, type, number, now, 0);
    }

    String summary() {
        return name + " (" + kind + (commissionerType == null ? "" : ", " + commissionerType) + ")";
    }
}
