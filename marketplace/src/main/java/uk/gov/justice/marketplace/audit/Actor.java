package uk.gov.justice.marketplace.audit;

import java.util.UUID;

/** Who made a decision, as they were at the time (names are copied so later renames do not rewrite history). */
public record Actor(UUID userId, String email, UUID organisationId, String organisationName) {

    private static final String SYSTEM = "system";

    public Actor {
        if (email == null || email.isBlank() || organisationName == null || organisationName.isBlank()) {
            throw new IllegalArgumentException("An actor needs an email (or 'system') and an organisation name");
        }
    }

    /** The service itself, for decisions made from configuration at start-up. */
    public static Actor system() {
        return new Actor(null, SYSTEM, null, "Marketplace for Rehabilitation Services");
    }
}
